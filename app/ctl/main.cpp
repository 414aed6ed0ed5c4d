// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "core/languagemanager.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // Only the PDF export lays out text, which needs QtGui; it renders
    // offscreen so mailhactl never needs a display.
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || (qstrcmp(argv[i], "--format") == 0 && i + 1 < argc && qstrcmp(argv[i + 1], "pdf") == 0)
              || qstrcmp(argv[i], "--format=pdf") == 0;
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        pdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("mailhactl"));
    QCoreApplication::setOrganizationName(QStringLiteral("MailHA"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILHA_VERSION));

    mailha::LanguageManager::install(qEnvironmentVariable("MAILHA_LANGUAGE"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    mailha::ctl::Io io{out, err, isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR")};
    const int code = mailha::ctl::dispatch(app.arguments().mid(1), io);
    out.flush();
    err.flush();
    return code;
}
