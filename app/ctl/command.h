// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace google::protobuf {
class Message;
}

namespace mailha {
class ClusterSnapshot;
}

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

/// Prints a snapshot as the status table or as JSON (Protobuf JSON mapping); false on failure.
bool printSnapshot(const ClusterSnapshot &snapshot, Io &io, bool json);
/// Any message through Protobuf's JSON mapping, every field printed.
bool printJson(const google::protobuf::Message &message, Io &io);

int runStatus(const QStringList &args, Io &io);
int runRecord(const QStringList &args, Io &io);
int runReplay(const QStringList &args, Io &io);
int runProbe(const QStringList &args, Io &io);
int runLab(const QStringList &args, Io &io);
int runRunbook(const QStringList &args, Io &io);
int runJournal(const QStringList &args, Io &io);
int runTimeline(const QStringList &args, Io &io);
/// Monitoring plugin: returns 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN, never the codes above.
int runCheck(const QStringList &args, Io &io);

/// Lays out the timeline HTML into a PDF (timelinepdf.cpp, the one QtGui
/// piece); needs a QGuiApplication, which main() creates for this export.
bool writeTimelinePdf(const QString &html, const QString &path, QString *error);

} // namespace mailha::ctl
