// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs mailhactl in-process for the command-line tests (which link
// mailhactl_commands): exit code, standard output and standard error.

#include "command.h"

namespace mailha::test {

struct CtlRun {
    int code;
    QString out;
    QString err;
};

inline CtlRun mailhactl(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    ctl::Io io{o, e, false};
    const int code = ctl::dispatch(args, io);
    o.flush();
    e.flush();
    return {code, out, err};
}

} // namespace mailha::test
