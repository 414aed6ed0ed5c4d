// SPDX-License-Identifier: GPL-3.0-or-later
// Probe parsers on large outputs. The inputs are generated here in the
// documented formats, with the shapes of the captured fixtures under
// tests/fixtures/probes: `postqueue -j` is one JSON object per message
// (postqueue(1), Postfix 3.1+); `crm_mon -1 --output-as=xml` is the
// pacemaker-result document crm_mon 2.1.5 printed here (crm_mon-promoted.xml),
// with its <resource> element repeated.
#include "probes/probe.h"

#include <benchmark/benchmark.h>

using namespace mailha;

namespace {

CommandOutput outputOf(const QByteArray &text)
{
    CommandOutput out;
    out.standardOutput = text;
    out.exitStatus = 0;
    return out;
}

QByteArray postqueueJson(int messages, qint64 nowS)
{
    static const char *const queues[] = {"deferred", "deferred", "active", "incoming", "hold"};
    static const char *const reasons[] = {
        "connect to mx.example.net[198.51.100.7]:25: Connection timed out",
        "host mx.example.org[203.0.113.9] said: 451 4.7.1 Greylisted, try again later (in reply to RCPT TO command)",
        "delivery temporarily suspended: lost connection with mx.example.com[192.0.2.25] while receiving the initial "
        "server greeting"};
    QByteArray out;
    out.reserve(messages * 320);
    for (int i = 0; i < messages; ++i) {
        const char *queue = queues[i % 5];
        out += "{\"queue_name\": \"";
        out += queue;
        out += "\", \"queue_id\": \"4Yx8Q" + QByteArray::number(100000 + i, 36).toUpper() + "z9sWq\", \"arrival_time\": ";
        out += QByteArray::number(nowS - 60 - (i % 7200));
        out += ", \"message_size\": " + QByteArray::number(2000 + (i * 37) % 50000);
        out += ", \"forced_expire\": false, \"sender\": \"user" + QByteArray::number(i % 300)
               + "@example.com\", \"recipients\": [{\"address\": \"rcpt" + QByteArray::number(i % 900) + "@example.net\"";
        if (queue[0] == 'd')
            out += ", \"delay_reason\": \"" + QByteArray(reasons[i % 3]) + '"';
        out += "}]}\n";
    }
    return out;
}

QByteArray crmMonXml(int resources)
{
    QByteArray out =
        "<pacemaker-result api-version=\"2.25\" request=\"/usr/sbin/crm_mon -1 --output-as=xml\">\n"
        "  <summary>\n"
        "    <stack type=\"corosync\"/>\n"
        "    <current_dc present=\"true\" version=\"2.1.5\" name=\"node1\" id=\"1\" with_quorum=\"true\" "
        "mixed_version=\"false\"/>\n"
        "    <nodes_configured number=\"2\"/>\n"
        "    <resources_configured number=\""
        + QByteArray::number(resources)
        + "\" disabled=\"0\" blocked=\"0\"/>\n"
          "  </summary>\n  <nodes>\n";
    for (int n = 1; n <= 2; ++n)
        out += "    <node name=\"node" + QByteArray::number(n) + "\" id=\"" + QByteArray::number(n)
               + "\" online=\"true\" standby=\"false\" standby_onfail=\"false\" maintenance=\"false\" pending=\"false\" "
                 "unclean=\"false\" health=\"green\" shutdown=\"false\" expected_up=\"true\" is_dc=\""
               + (n == 1 ? "true" : "false") + "\" resources_running=\"" + QByteArray::number(resources / 2)
               + "\" type=\"member\"/>\n";
    out += "  </nodes>\n  <resources>\n";
    for (int i = 0; i < resources; ++i) {
        const QByteArray node = i % 2 ? "node2" : "node1";
        out += "    <resource id=\"r" + QByteArray::number(i)
               + "\" resource_agent=\"ocf:pacemaker:Dummy\" role=\"Started\" active=\"true\" orphaned=\"false\" "
                 "blocked=\"false\" managed=\"true\" failed=\"false\" failure_ignored=\"false\" nodes_running_on=\"1\">\n"
                 "      <node name=\""
               + node + "\" id=\"" + (i % 2 ? "2" : "1") + "\" cached=\"true\"/>\n    </resource>\n";
    }
    out += "  </resources>\n</pacemaker-result>\n";
    return out;
}

void BM_ParsePostqueue(benchmark::State &state)
{
    const int messages = int(state.range(0));
    constexpr qint64 now = 1767603600;
    const CommandOutputs outputs{{QStringLiteral("queue"), outputOf(postqueueJson(messages, now))},
                                 {QStringLiteral("clock"), outputOf(QByteArray::number(now) + '\n')}};
    const Probe *probe = probeFor(POSTFIX);
    for (auto _ : state) {
        const ProbeResult r = probe->parse(outputs, {});
        if (!r.ok() || r.sample.queues().deferred() == 0)
            state.SkipWithError("postqueue -j did not parse");
        benchmark::DoNotOptimize(r.sample.queues().deferred());
    }
    state.counters["bytes"] = double(outputs.value(QStringLiteral("queue")).standardOutput.size());
    state.SetItemsProcessed(state.iterations() * messages);
}
BENCHMARK(BM_ParsePostqueue)->Arg(10'000)->Unit(benchmark::kMillisecond);

void BM_ParseCrmMon(benchmark::State &state)
{
    const int resources = int(state.range(0));
    const CommandOutputs outputs{{QStringLiteral("status"), outputOf(crmMonXml(resources))}};
    const QHash<QString, QString> params{{QStringLiteral("node"), QStringLiteral("node1")}};
    const Probe *probe = probeFor(PACEMAKER);
    for (auto _ : state) {
        const ProbeResult r = probe->parse(outputs, params);
        if (!r.ok() || r.sample.pacemaker().resources_size() < resources)
            state.SkipWithError("crm_mon XML did not parse");
        benchmark::DoNotOptimize(r.sample.pacemaker().resources_size());
    }
    state.counters["bytes"] = double(outputs.value(QStringLiteral("status")).standardOutput.size());
}
BENCHMARK(BM_ParseCrmMon)->Arg(1'000)->Unit(benchmark::kMillisecond);

} // namespace
