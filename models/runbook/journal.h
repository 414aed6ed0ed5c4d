// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal.pb.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace mailha {

/// The append-only operator journal. One line per entry:
///
///     <sha256 hex of JSON> TAB <JSON of the JournalEntry> LF
///
/// The JSON carries prev_hash, the hash of the previous line, so that any
/// edit, insertion, reordering or removal inside the file breaks the chain.
/// Removing entries from the end cannot break a chain, so every append also
/// rewrites `<path>.head` (sequence number and hash of the last entry,
/// replaced atomically): a journal shorter than its head was truncated.
///
/// The file is created 0600 in a 0700 directory; every line is fsync'd before
/// append() returns, so an entry written before a step ran survives a crash or
/// kill -9 of the console. Blocking (fsync): never call from the GUI thread.
/// Thread-safe: append() is guarded by m_mutex.
class Journal final
{
public:
    explicit Journal(QString path);

    /// $XDG_STATE_HOME/mailha/journal-<cluster>.log (~/.local/state/...).
    static QString defaultPath(const QString &cluster);
    /// The OS user running the console, from the effective uid (not $USER).
    static QString currentOperator();

    const QString &path() const { return m_path; }

    /// Opens (creating if needed) and reads the tail to continue the chain.
    /// Refuses a path that is not a regular file or a journal whose last
    /// line is not intact.
    bool open(QString *error);

    /// Fills seq, time_ms (if 0), operator (if empty), prev_hash and hash,
    /// writes the line and fsyncs it and the head. False with `error` when
    /// anything failed: the caller must then not run the action.
    bool append(JournalEntry &entry, QString *error);

    /// Simulates a lost disk for tests of the refusal path.
    void setFailWritesForTest(bool fail) { m_failForTest = fail; }

private:
    QString m_path;
    QMutex m_mutex;
    quint64 m_seq = 0;       // guarded by m_mutex
    QString m_lastHash;      // guarded by m_mutex
    bool m_opened = false;   // guarded by m_mutex
    bool m_failForTest = false;
};

struct JournalContents {
    QList<JournalEntry> entries;  ///< `hash` filled from each line's prefix
    QStringList errors;           ///< lines that could not be read
};

/// Reads every entry (no chain check; see verifyJournal()).
JournalContents readJournal(const QString &path);

struct JournalVerification {
    bool ok = false;
    int entries = 0;
    QStringList problems;  ///< each with its line number
    QStringList notes;     ///< harmless findings (a crash between line and head)
};

/// Checks the whole chain, sequence numbers, the head and the file mode.
JournalVerification verifyJournal(const QString &path);

/// The hash of one JSON line as written (hex SHA-256).
QString journalLineHash(const QByteArray &json);

/// "sha256:<hex>" of a command's stdout and stderr, NUL separated.
QString outputDigest(const QByteArray &standardOutput, const QByteArray &standardError);

} // namespace mailha
