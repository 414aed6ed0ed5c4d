// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailha {

/// One problem in a cluster file, where it is and what was expected.
struct ClusterFileError {
    QString file;
    int line = 0;    ///< 1-based; 0 when the problem has no single place
    int column = 0;  ///< 1-based; 0 when unknown
    QString message;
    /// "file:line:column: message", the form editors and compilers use.
    QString toString() const;
};

struct ClusterFileLoad {
    ClusterSpec spec;
    QList<ClusterFileError> errors;
    bool ok() const { return errors.isEmpty(); }
    /// Every error on its own line.
    QString errorText() const;
};

/// Reads and checks a cluster file (Protobuf text format of ClusterSpec,
/// '#' comments allowed). Syntax errors come from the Protobuf parser with
/// their line and column; then the references are checked (unknown and
/// duplicate ids, missing or unsafe host names, ...) with the line and column
/// of the offending field. The spec is only meaningful when ok().
///
/// Reads a small file synchronously: call it from a worker or at start-up,
/// not in reaction to network events on the GUI thread.
ClusterFileLoad loadClusterFile(const QString &path);
/// The same from text already in memory; `fileName` is used in messages.
ClusterFileLoad parseClusterFile(const QByteArray &text, const QString &fileName);

/// The reference checks alone, for a spec built in code (no locations).
QList<ClusterFileError> validateClusterSpec(const ClusterSpec &spec, const QString &fileName = {});

/// Names that reach ssh (host, alias, user, jump host) are restricted to the
/// characters a host or account name can have. They are passed as argv or to
/// libssh, never to a shell, but libssh expands %h into a ProxyCommand run by
/// /bin/sh, and an argument starting with '-' would be read as an option.
bool isSafeHostName(QStringView host);
bool isSafeUserName(QStringView user);
/// "[user@]host[:port]", comma-separated for several hops.
bool isSafeJumpHost(QStringView jump);

} // namespace mailha
