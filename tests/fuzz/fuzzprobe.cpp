// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for one probe parser, chosen at build time by
// MAILHA_FUZZ_PROBE ("postfix", ...). The input is the output of the probe's
// first command; for probes whose second command matters (mysql), the bytes
// after the first \x01 are that command's output. Besides crashes and
// sanitizer reports, a broken invariant aborts: an error without a typed
// ProbeError, or a failed parse that still claims a role or a health.
#include "core/names.h"
#include "probes/probe.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const mailha::Probe *theProbe()
{
    static const mailha::Probe *probe = [] {
        const std::optional<mailha::Technology> t = mailha::technologyFromName(QStringLiteral(MAILHA_FUZZ_PROBE));
        return t ? mailha::probeFor(*t) : nullptr;
    }();
    return probe;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const mailha::Probe *probe = theProbe();
    if (!probe)
        std::abort();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<mailha::ProbeCommand> commands = probe->commands({});
    mailha::CommandOutputs outputs;
    const qsizetype split = input.indexOf('\x01');
    for (qsizetype i = 0; i < commands.size(); ++i) {
        mailha::CommandOutput out;
        out.exitStatus = 0;
        if (i == 0)
            out.standardOutput = split < 0 ? input : input.left(split);
        else if (i == 1 && split >= 0)
            out.standardOutput = input.mid(split + 1);
        else
            out.exitStatus = -1;  // not run, as with a capture given to mailhactl
        outputs.insert(commands.at(i).key, out);
    }
    const mailha::ProbeResult result = probe->parse(outputs, {{QStringLiteral("node"), QStringLiteral("node1")}});
    if (result.error) {
        if (result.error->probe != probe->name() || result.error->what.isEmpty() || result.sample.error().empty()
            || result.sample.role() != mailha::ROLE_UNKNOWN || result.sample.health() != mailha::HEALTH_UNKNOWN)
            std::abort();
    } else if (!result.sample.error().empty()) {
        std::abort();
    }
    return 0;
}
