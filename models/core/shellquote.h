// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace mailha {

/// The one audited place where an argument becomes shell text. Every command
/// that reaches a remote shell (an SSH exec channel always goes through the
/// remote user's shell) is an argv list joined here; nothing else in the code
/// base builds shell strings.
///
/// Arguments made only of characters no POSIX shell treats specially are left
/// as they are; everything else is wrapped in single quotes, with each embedded
/// single quote written as '\''. Inside single quotes a POSIX shell expands
/// nothing: no $(), no backquotes, no globs, no newlines ending the command.
QString shellQuote(QStringView argument);

struct ShellCommand {
    QString text;   ///< the joined, quoted command line; empty on error
    QString error;  ///< why the argv could not be joined
    bool ok() const { return error.isEmpty(); }
};

/// Joins argv into one command line with shellQuote(). Refuses an empty argv,
/// an empty program name and any argument holding a NUL character (which no
/// exec can carry and which would silently truncate the command).
ShellCommand shellJoin(const QStringList &argv);

/// The inverse of shellJoin() for the lab's SSH server: splits one command
/// line into words the way a POSIX shell would for a simple command (single
/// and double quotes, backslash escapes), and refuses everything else: it
/// never expands, substitutes or runs anything. Unquoted ; | & < > ( ) $ `
/// and newlines are refused with an error rather than interpreted, so a
/// lab node can only ever run one plain command.
struct ShellWords {
    QStringList words;
    QString error;
    bool ok() const { return error.isEmpty(); }
};
ShellWords splitShellWords(QStringView commandLine);

} // namespace mailha
