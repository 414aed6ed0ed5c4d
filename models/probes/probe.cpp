// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/probe.h"

#include "core/names.h"

namespace mailha {

QString ProbeError::toString() const
{
    QString where = probe;
    if (!node.isEmpty())
        where += QLatin1String(" on ") + node;
    if (!command.isEmpty())
        where += QLatin1String(" (") + command + QLatin1Char(')');
    if (line > 0)
        where += QLatin1String(", line ") + QString::number(line);
    return where + QLatin1String(": ") + what;
}

QString Probe::name() const
{
    return technologyName(technology());
}

QHash<QString, QString> paramsOf(const ServiceSpec &spec)
{
    QHash<QString, QString> params;
    for (const auto &[key, value] : spec.params())
        params.insert(qstr(key), qstr(value));
    return params;
}

} // namespace mailha
