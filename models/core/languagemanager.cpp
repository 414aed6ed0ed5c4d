// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace mailha {

namespace {
// Owned here so a language change can remove what the last call installed.
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
} // namespace

void LanguageManager::removeInstalled()
{
    for (const auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();
}

QStringList LanguageManager::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("mailha_*.qm")});
    for (const QString &file : files)
        languages.append(file.mid(7, file.size() - 10));
    return languages;
}

QString LanguageManager::install(const QString &language)
{
    removeInstalled();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale, QStringLiteral("mailha"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return QStringLiteral("en");
    QCoreApplication::installTranslator(app.get());
    const QString used = app->language().section(QLatin1Char('_'), 0, 0);
    installed().push_back(std::move(app));

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return used.isEmpty() ? locale.name().section(QLatin1Char('_'), 0, 0) : used;
}

} // namespace mailha
