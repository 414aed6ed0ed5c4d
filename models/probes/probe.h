// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"
#include "sample.pb.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailha {

/// One read-only command a probe runs on a node. `key` names its output in
/// the outputs map and in the raw-output panel; `argv` is an argument list,
/// never shell text (the transport quotes it with shellJoin()).
struct ProbeCommand {
    QString key;
    QStringList argv;
    /// Environment the command needs (PGHOST, CIB_file, ...), passed as
    /// `env NAME=VALUE ...` in front of argv by the transport.
    QList<QPair<QString, QString>> environment;
};

/// What a command produced.
struct CommandOutput {
    QByteArray standardOutput;
    QByteArray standardError;
    int exitStatus = -1;
    bool timedOut = false;
    bool truncated = false;  ///< output hit the transport's size limit
    QString transportError;  ///< the command could not be run at all
};

using CommandOutputs = QHash<QString, CommandOutput>;

/// A parse failure, typed: which probe, which node, what was wrong and where.
struct ProbeError {
    QString probe;    ///< "postfix", "postgres", ...
    QString node;     ///< node id, empty when parsing a file
    QString command;  ///< the ProbeCommand key
    QString what;     ///< what was wrong, in words
    int line = 0;     ///< 1-based line of the output, 0 if not known
    QString toString() const;
};

struct ProbeResult {
    ServiceSample sample;
    std::optional<ProbeError> error;
    bool ok() const { return !error.has_value(); }
};

/// A probe: the read-only commands for one technology and the parser that
/// turns their output into a ServiceSample. Probes know nothing about SSH or
/// the lab; they see argv lists and bytes. Implementations are stateless and
/// may be used from any thread.
class Probe
{
public:
    virtual ~Probe() = default;
    virtual Technology technology() const = 0;
    QString name() const;

    /// The commands to run for this service instance; `params` come from the
    /// cluster file (ServiceSpec.params) or `mailhactl probe --param`.
    virtual QList<ProbeCommand> commands(const QHash<QString, QString> &params) const = 0;

    /// Parses the outputs of commands(). On failure, the result carries an
    /// error and the sample has role UNKNOWN, health UNKNOWN and `error` set:
    /// never a healthy-looking sample.
    virtual ProbeResult parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const = 0;
};

/// The probe for a technology, or nullptr. The registry owns the probes.
const Probe *probeFor(Technology technology);

/// ServiceSpec.params as a hash.
QHash<QString, QString> paramsOf(const ServiceSpec &spec);

} // namespace mailha
