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

ShellWords splitShellWords(QStringView line)
{
    ShellWords result;
    QString word;
    bool inWord = false;
    auto refuse = [&](const QString &why) {
        result.words.clear();
        result.error = why;
        return result;
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
            if (inWord) {
                result.words.append(word);
                word.clear();
                inWord = false;
            }
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\'')) {
            const qsizetype end = line.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0)
                return refuse(QCoreApplication::translate("mailha::Shell", "unterminated single quote"));
            word += line.mid(i + 1, end - i - 1);
            i = end;
        } else if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            for (; j < line.size() && line.at(j) != QLatin1Char('"'); ++j) {
                const QChar d = line.at(j);
                if (d == QLatin1Char('$') || d == QLatin1Char('`'))
                    return refuse(QCoreApplication::translate("mailha::Shell", "expansion inside double quotes is not supported"));
                if (d == QLatin1Char('\\') && j + 1 < line.size()
                    && QStringLiteral("$`\"\\").contains(line.at(j + 1))) {
                    word += line.at(++j);
                    continue;
                }
                word += d;
            }
            if (j >= line.size())
                return refuse(QCoreApplication::translate("mailha::Shell", "unterminated double quote"));
            i = j;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= line.size())
                return refuse(QCoreApplication::translate("mailha::Shell", "trailing backslash"));
            word += line.at(++i);
        } else if (QStringLiteral(";|&<>()$`\n*?[]{}~#").contains(c)) {
            return refuse(QCoreApplication::translate("mailha::Shell", "'%1' at column %2: only simple commands are accepted")
                              .arg(c)
                              .arg(i + 1));
        } else {
            word += c;
        }
    }
    if (inWord)
        result.words.append(word);
    if (result.words.isEmpty())
        return refuse(QCoreApplication::translate("mailha::Shell", "empty command"));
    return result;
}

} // namespace mailha
