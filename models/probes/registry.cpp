// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/dovecotprobe.h"
#include "probes/drbdprobe.h"
#include "probes/haproxyprobe.h"
#include "probes/hostprobe.h"
#include "probes/keepalivedprobe.h"
#include "probes/mysqlprobe.h"
#include "probes/pacemakerprobe.h"
#include "probes/postfixprobe.h"
#include "probes/postgresprobe.h"

namespace mailha {

const Probe *probeFor(Technology technology)
{
    // Probes are stateless, so one shared instance each serves every thread.
    static const PostfixProbe postfix;
    static const PostgresProbe postgres;
    static const MysqlProbe mysql;
    static const DrbdProbe drbd;
    static const PacemakerProbe pacemaker;
    static const KeepalivedProbe keepalived;
    static const DovecotProbe dovecot;
    static const HaproxyProbe haproxy;
    static const HostProbe host;
    switch (technology) {
    case POSTFIX: return &postfix;
    case POSTGRES: return &postgres;
    case MYSQL: return &mysql;
    case DRBD: return &drbd;
    case PACEMAKER: return &pacemaker;
    case KEEPALIVED: return &keepalived;
    case DOVECOT: return &dovecot;
    case HAPROXY: return &haproxy;
    case HOST: return &host;
    default: return nullptr;
    }
}

} // namespace mailha
