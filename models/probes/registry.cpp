// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/probe.h"

namespace mailha {

const Probe *probeFor(Technology technology)
{
    Q_UNUSED(technology);
    return nullptr;
}

} // namespace mailha
