// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace mailha::ctl {

/// Exit codes shared by every mailhactl command. `check` uses the monitoring
/// plugin codes 0-3 instead.
enum ExitCode : int {
    ExitOk = 0,
    ExitProblem = 1,  ///< ran, and found something wrong (a node unreadable, a tampered journal)
    ExitUsage = 64,   ///< EX_USAGE: bad command line
    ExitDataError = 65,  ///< EX_DATAERR: input could not be parsed
    ExitNoInput = 66,    ///< EX_NOINPUT: a file could not be opened
    ExitSoftware = 70,   ///< internal error
};

/// Standard streams for commands; tests swap them for buffers.
struct Io {
    QTextStream &out;
    QTextStream &err;
    bool colour = false;  ///< stdout is a terminal and NO_COLOR is unset
};

/// A mailhactl command: `args` are the arguments after the command name.
struct Command {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args, Io &io);
};

/// The command table (command.cpp). Each command lives in its own file.
const QList<Command> &commands();

/// Runs `mailhactl ARGS...` (args[0] is the command name). Used by main() and by tests.
int dispatch(const QStringList &args, Io &io);

int runStatus(const QStringList &args, Io &io);
int runLab(const QStringList &args, Io &io);

} // namespace mailha::ctl
