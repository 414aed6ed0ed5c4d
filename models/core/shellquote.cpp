// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/shellquote.h"

#include <QCoreApplication>

namespace mailha {

namespace {

bool isPlainShellCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    switch (u) {
    case u'_': case u'-': case u'.': case u'/': case u'@': case u'%':
    case u'+': case u'=': case u':': case u',':
        return true;
    default:
        return false;
    }
}

} // namespace

QString shellQuote(QStringView argument)
{
    if (argument.isEmpty())
        return QStringLiteral("''");
    bool plain = true;
    for (QChar c : argument) {
        if (!isPlainShellCharacter(c)) {
            plain = false;
            break;
        }
    }
    // A leading '=' or '-' is harmless to the shell; '~' is not plain and so gets quoted.
    if (plain)
        return argument.toString();

    QString quoted;
    quoted.reserve(argument.size() + 8);
    quoted += QLatin1Char('\'');
    for (QChar c : argument) {
        if (c == QLatin1Char('\''))
            quoted += QLatin1String("'\\''");
        else
            quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

ShellCommand shellJoin(const QStringList &argv)
{
    ShellCommand result;
    if (argv.isEmpty() || argv.constFirst().isEmpty()) {
        result.error = QCoreApplication::translate("mailha::Shell", "empty command");
        return result;
    }
    QStringList parts;
    parts.reserve(argv.size());
    for (qsizetype i = 0; i < argv.size(); ++i) {
        const QString &arg = argv.at(i);
        if (arg.contains(QChar(u'\0'))) {
            result.error = QCoreApplication::translate("mailha::Shell",
                                                       "argument %1 contains a NUL character")
                               .arg(i);
            return result;
        }
        parts.append(shellQuote(arg));
    }
    result.text = parts.join(QLatin1Char(' '));
    return result;
}

} // namespace mailha
