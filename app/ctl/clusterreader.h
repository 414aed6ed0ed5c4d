// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterstate.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace mailha::ctl {

/// What status and check share: the [CLUSTER] argument and the options that
/// say how to read it (the lab's warm-up, seed and faults; ssh config, known
/// hosts, keys and timeout for a real cluster), and one reading of it into
/// the same ClusterState the console uses, so both commands derive what the
/// console shows.
class ClusterReader final
{
public:
    enum Feature { Plain, WithLabFaults };
    explicit ClusterReader(Feature feature = Plain);

    /// Adds the positional CLUSTER and the shared options to `parser`.
    void addTo(QCommandLineParser &parser) const;

    /// Reads the cluster the parsed command line names: the lab when there is
    /// no file, otherwise every node once over SSH (one thread per node).
    /// Returns ExitOk, or the exit code of the failure (usage, no input,
    /// data error) with the reason in error(). Blocks: command line only.
    int read(const QCommandLineParser &parser);

    QString error() const { return m_error; }
    /// True when error() is a cluster file's own "file:line:column: ..." list.
    bool errorIsFileErrors() const { return m_fileErrors; }
    const ClusterState &state() const { return m_state; }
    /// The samples of nodes that could not be read (a real cluster only).
    const QList<NodeSample> &unreadable() const { return m_unreadable; }

private:
    int fail(int code, const QString &message);
    int readLab(const QCommandLineParser &parser, int warmSeconds, quint64 seed);
    int readFile(const QCommandLineParser &parser, const QString &path);

    Feature m_feature;
    QCommandLineOption m_seconds;
    QCommandLineOption m_seed;
    QCommandLineOption m_labFault;
    QCommandLineOption m_sshConfig;
    QCommandLineOption m_knownHosts;
    QCommandLineOption m_sshDir;
    QCommandLineOption m_timeout;
    ClusterState m_state;
    QList<NodeSample> m_unreadable;
    QString m_error;
    bool m_fileErrors = false;
};

} // namespace mailha::ctl
