// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "core/languagemanager.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
