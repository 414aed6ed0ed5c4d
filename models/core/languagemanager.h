// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QTranslator;

namespace mailha {

/// Installs the translators for the console and mailhactl: Qt's own
/// (qtbase_xx from the system) and ours (embedded :/i18n/mailha_xx.qm).
/// The language follows the system locale unless an override is given.
class LanguageManager final
{
public:
    /// `language`: "de", "fr", "en", or empty for the system locale.
    /// Returns the language actually in use ("en" when nothing matched).
    static QString install(const QString &language = {});

    /// Languages shipped with the application, including the source language "en".
    static QStringList available();

private:
    static void removeInstalled();
};

} // namespace mailha
