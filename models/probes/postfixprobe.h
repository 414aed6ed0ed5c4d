// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/probe.h"

namespace mailha {

/// Postfix queues: `postqueue -j` (Postfix 3.1+; `format=text` selects
/// `postqueue -p` for older releases) and the node's `date +%s` for message
/// ages. Params: config_directory (a second instance), format.
class PostfixProbe final : public Probe
{
public:
    Technology technology() const override { return POSTFIX; }
    QList<ProbeCommand> commands(const QHash<QString, QString> &params) const override;
    ProbeResult parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const override;
};

} // namespace mailha
