// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "core/names.h"
#include "probes/probe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSysInfo>

#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>

#include <cstdio>

namespace mailha::ctl {

namespace {

struct ProbeCommandText {
    Q_DECLARE_TR_FUNCTIONS(mailha::ctl::ProbeCommand)
};

constexpr int commandTimeoutMs = 30'000;

// Runs one probe command here, as the SSH transport would run it on a node.
CommandOutput runHere(const ProbeCommand &command)
{
    CommandOutput out;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : command.environment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(command.argv.constFirst(), command.argv.mid(1));
    if (!process.waitForStarted(commandTimeoutMs)) {
        out.transportError = process.errorString();
        return out;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(commandTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        out.timedOut = true;
        return out;
    }
    out.standardOutput = process.readAllStandardOutput();
    out.standardError = process.readAllStandardError();
    out.exitStatus = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return out;
}

bool readInput(const QString &path, QByteArray *data, QString *error)
{
    QFile file;
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                               : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = ProbeCommandText::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

} // namespace

int runProbe(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ProbeCommandText::tr(
        "Run a probe's read-only commands on this machine, or parse a captured output, and print the sample. "
        "TECHNOLOGY is one of postfix, postgres, mysql, drbd, pacemaker, keepalived, dovecot, haproxy, host."));
    parser.addPositionalArgument(QStringLiteral("TECHNOLOGY"), ProbeCommandText::tr("The probe to run."));
    const QCommandLineOption input(
        QStringLiteral("input"),
        ProbeCommandText::tr("Parse FILE ('-' for stdin) as the output of the probe's first command instead of running it; "
                             "KEY=FILE gives the output of the command named KEY. Repeatable."),
        QStringLiteral("FILE"));
    const QCommandLineOption paramOption(QStringLiteral("param"), ProbeCommandText::tr("A probe parameter (socket path, port, ...). Repeatable."),
                                         QStringLiteral("KEY=VALUE"));
    const QCommandLineOption json(QStringLiteral("json"), ProbeCommandText::tr("Print the sample as JSON (Protobuf JSON mapping)."));
    const QCommandLineOption commandsOnly(QStringLiteral("commands"), ProbeCommandText::tr("Only list the commands the probe would run."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, ProbeCommandText::tr("Show this help."));
    parser.addOptions({input, paramOption, json, commandsOnly, help});
    if (!parser.parse(QStringList{QStringLiteral("mailhactl probe")} + args)) {
        io.err << "mailhactl probe: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << "mailhactl probe: " << ProbeCommandText::tr("expected one TECHNOLOGY") << "\n";
        return ExitUsage;
    }
    const std::optional<Technology> technology = technologyFromName(parser.positionalArguments().constFirst());
    const Probe *probe = technology ? probeFor(*technology) : nullptr;
    if (!probe) {
        io.err << "mailhactl probe: "
               << ProbeCommandText::tr("no probe for '%1'").arg(parser.positionalArguments().constFirst()) << "\n";
        return ExitUsage;
    }
    QHash<QString, QString> params;
    for (const QString &kv : parser.values(paramOption)) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            io.err << "mailhactl probe: " << ProbeCommandText::tr("--param takes KEY=VALUE, not '%1'").arg(kv) << "\n";
            return ExitUsage;
        }
        params.insert(kv.left(eq), kv.mid(eq + 1));
    }
    const QList<ProbeCommand> commands = probe->commands(params);
    if (parser.isSet(commandsOnly)) {
        for (const ProbeCommand &c : commands)
            io.out << c.key << ": " << c.argv.join(QLatin1Char(' ')) << "\n";
        return ExitOk;
    }

    CommandOutputs outputs;
    QString node;
    if (parser.isSet(input)) {
        for (const QString &spec : parser.values(input)) {
            QString key = commands.constFirst().key;
            QString path = spec;
            const qsizetype eq = spec.indexOf(QLatin1Char('='));
            if (eq > 0) {
                for (const ProbeCommand &c : commands)
                    if (c.key == spec.left(eq)) {
                        key = c.key;
                        path = spec.mid(eq + 1);
                    }
            }
            CommandOutput out;
            QString error;
            if (!readInput(path, &out.standardOutput, &error)) {
                io.err << "mailhactl probe: " << error << "\n";
                return ExitNoInput;
            }
            out.exitStatus = 0;
            outputs.insert(key, out);
        }
    } else {
        node = QSysInfo::machineHostName();
        for (const ProbeCommand &c : commands)
            outputs.insert(c.key, runHere(c));
    }

    ProbeResult result = probe->parse(outputs, params);
    if (result.error) {
        ProbeError error = *result.error;
        error.node = node;
        io.err << "mailhactl probe: " << error.toString().simplified() << "\n";
        return ExitDataError;
    }
    ServiceSample &sample = result.sample;
    sample.set_technology(*technology);
    sample.set_service_id(sstr(probe->name()));
    if (parser.isSet(json)) {
        google::protobuf::util::JsonPrintOptions options;
        options.add_whitespace = true;
        options.always_print_primitive_fields = true;
        std::string text;
        const auto status = google::protobuf::util::MessageToJsonString(sample, &text, options);
        if (!status.ok()) {
            io.err << "mailhactl probe: " << QString::fromStdString(std::string(status.message())) << "\n";
            return ExitSoftware;
        }
        io.out << QString::fromStdString(text);
    } else {
        io.out << roleName(sample.role()) << "  " << healthName(sample.health()) << "  " << qstr(sample.detail()) << "\n";
        std::string text;
        google::protobuf::TextFormat::PrintToString(sample, &text);
        io.out << QString::fromStdString(text);
    }
    return ExitOk;
}

} // namespace mailha::ctl
