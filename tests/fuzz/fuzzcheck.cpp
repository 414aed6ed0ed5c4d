// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzcheck.h"

#include "cluster/clusterfile.h"
#include "core/names.h"
#include "core/shellquote.h"
#include "lab/labcluster.h"
#include "lab/scenariorunner.h"
#include "probes/probe.h"
#include "recording/recording.h"
#include "runbook/journal.h"
#include "runbook/runbook.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/text_format.h>

#include <zlib.h>

#include <memory>
#include <utility>

namespace mailha::fuzz {

namespace {

const QString fuzzFileName = QStringLiteral("fuzz.textproto");

QString printText(const google::protobuf::Message &message)
{
    std::string text;
    google::protobuf::TextFormat::Printer printer;
    printer.PrintToString(message, &text);
    return QString::fromStdString(text);
}

// Deterministic, so two equal messages with maps give equal bytes; bytes,
// not MessageDifferencer, so that a NaN read back equals itself.
std::string wireBytes(const google::protobuf::Message &message)
{
    std::string bytes;
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&coded);
    coded.Trim();
    return bytes;
}

int lineCount(const QByteArray &text)
{
    return int(text.count('\n')) + 1;
}

// A file name for the file-based readers, in memory where the system has one
// (the journal fsyncs every line).
QString scratchFile(const QString &name)
{
    static const std::unique_ptr<QTemporaryDir> dir = [] {
        const QString shm = QStringLiteral("/dev/shm");
        if (QFileInfo(shm).isWritable())
            return std::make_unique<QTemporaryDir>(shm + QStringLiteral("/mailha-fuzz-XXXXXX"));
        return std::make_unique<QTemporaryDir>();
    }();
    return dir->filePath(name);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return file.write(data) == data.size();
}

QString checkProbe(const QString &name, const QByteArray &input)
{
    const std::optional<Technology> technology = technologyFromName(name);
    const Probe *probe = technology ? probeFor(*technology) : nullptr;
    if (!probe)
        return QStringLiteral("no probe named %1").arg(name);
    const QList<ProbeCommand> commands = probe->commands({});
    CommandOutputs outputs;
    const qsizetype split = input.indexOf('\x01');
    for (qsizetype i = 0; i < commands.size(); ++i) {
        CommandOutput out;
        out.exitStatus = 0;
        if (i == 0)
            out.standardOutput = split < 0 ? input : input.left(split);
        else if (i == 1 && split >= 0)
            out.standardOutput = input.mid(split + 1);
        else
            out.exitStatus = -1;  // not run, as with a capture given to mailhactl
        outputs.insert(commands.at(i).key, out);
    }
    const ProbeResult result = probe->parse(outputs, {{QStringLiteral("node"), QStringLiteral("node1")}});
    if (result.error) {
        if (result.error->probe != probe->name() || result.error->what.isEmpty())
            return QStringLiteral("a parse error without its probe or its text");
        if (result.sample.error().empty())
            return QStringLiteral("a parse error not carried in the sample");
        if (result.sample.role() != ROLE_UNKNOWN || result.sample.health() != HEALTH_UNKNOWN)
            return QStringLiteral("a failed parse still claims a role or a health");
    } else if (!result.sample.error().empty()) {
        return QStringLiteral("a sample error without a typed ProbeError");
    }
    return {};
}

// An error must name the file and a place inside it (line 0: no single place).
QString checkLocation(const QString &file, int line, int column, const QString &text, const QString &shown, int lines)
{
    if (file != fuzzFileName || text.isEmpty())
        return QStringLiteral("an error without its file or its text: ") + shown;
    if (line < 0 || line > lines || column < 0)
        return QStringLiteral("an error outside the file: ") + shown;
    return {};
}

// A valid file printed in canonical text format must load again and print the
// same: the loader neither loses nor invents anything. `reload` parses text and
// returns {its error text, or empty; the message printed again}.
template <typename Reload>
QString checkRoundTrip(const google::protobuf::Message &loaded, const Reload &reload)
{
    const QString printed = printText(loaded);
    const auto [error, reprinted] = reload(printed.toUtf8());
    if (!error.isEmpty())
        return QStringLiteral("a valid file, printed, does not load again: ") + error;
    if (reprinted != printed)
        return QStringLiteral("a valid file changes when printed and loaded again");
    return {};
}

QString checkClusterFile(const QByteArray &input)
{
    const ClusterFileLoad load = parseClusterFile(input, fuzzFileName);
    for (const ClusterFileError &e : load.errors) {
        const QString wrong = checkLocation(e.file, e.line, e.column, e.message, e.toString(), lineCount(input));
        if (!wrong.isEmpty())
            return wrong;
    }
    if (!load.ok())
        return {};
    return checkRoundTrip(load.spec, [](const QByteArray &text) {
        const ClusterFileLoad again = parseClusterFile(text, fuzzFileName);
        return std::pair{again.errorText(), printText(again.spec)};
    });
}

QString checkRunbook(const QByteArray &input)
{
    const LoadedRunbook loaded = parseRunbook(input, fuzzFileName);
    for (const RunbookError &e : loaded.errors) {
        const QString wrong = checkLocation(e.source, e.line, e.column, e.what, e.toString(), lineCount(input));
        if (!wrong.isEmpty())
            return wrong;
    }
    if (!loaded.ok())
        return {};
    const QString wrong = checkRoundTrip(loaded.runbook, [](const QByteArray &text) {
        const LoadedRunbook again = parseRunbook(text, fuzzFileName);
        return std::pair{again.ok() ? QString() : again.errors.constFirst().toString(), printText(again.runbook)};
    });
    if (!wrong.isEmpty())
        return wrong;

    // The plan is where parameters meet templates: whatever the runbook says,
    // every command sent must be exactly the quoted join of its argv.
    static const ClusterSpec lab = LabCluster::referenceSpec();
    const RunbookPlan plan = planRunbook(loaded.runbook, lab, {});
    if (!plan.ok())
        return {};
    for (const PlannedStep &step : plan.steps) {
        if (!step.hasCommand())
            continue;
        const ShellCommand joined = shellJoin(step.argv);
        if (!joined.ok() || joined.text != step.command)
            return QStringLiteral("step %1 sends '%2', not the quoted join of its argv").arg(step.stepId, step.command);
    }
    planText(plan);
    return {};
}

QString checkScenario(const QByteArray &input)
{
    const ScenarioLoad load = parseScenario(input, fuzzFileName);
    if (!load.ok()) {
        if (!load.error.startsWith(fuzzFileName + QLatin1Char(':')))
            return QStringLiteral("an error without its location: ") + load.error;
        return {};
    }
    return checkRoundTrip(load.scenario, [](const QByteArray &text) {
        const ScenarioLoad again = parseScenario(text, fuzzFileName);
        return std::pair{again.error, printText(again.scenario)};
    });
}

// The container recording.cpp writes, with `payload` as its one frame: magic,
// [length][CRC-32][payload]. `payload` is what qCompress() made of an entry
// stream, or raw bytes standing for it (a hostile file with a valid checksum).
QByteArray framedRecording(const QByteArray &payload)
{
    QByteArray file("MAILHA-REC\x01", 11);
    char head[8];
    qToLittleEndian<quint32>(quint32(payload.size()), head);
    qToLittleEndian<quint32>(quint32(crc32(0L, reinterpret_cast<const Bytef *>(payload.constData()), uInt(payload.size()))),
                             head + 4);
    file.append(head, sizeof head);
    file.append(payload);
    return file;
}

QString checkRecording(const QByteArray &input)
{
    const int mode = input.isEmpty() ? 0 : quint8(input.at(0)) % 3;
    const QByteArray rest = input.mid(1);
    const QByteArray file = mode == 0 ? rest : framedRecording(mode == 1 ? qCompress(rest) : rest);
    const QString path = scratchFile(QStringLiteral("fuzz.rec"));
    if (!writeFile(path, file))
        return QStringLiteral("cannot write the scratch file %1").arg(path);
    QList<RecordEntry> entries;
    const RecordingReadResult result = readRecording(path, [&](const RecordEntry &entry) {
        entries.append(entry);
        return true;
    });
    if (result.entries != entries.size())
        return QStringLiteral("%1 entries delivered but %2 counted").arg(entries.size()).arg(result.entries);
    if (result.truncated && result.error.isEmpty())
        return QStringLiteral("a truncated recording without a reason");
    if (result.truncated && !result.error.contains(QLatin1String(" at byte ")))
        return QStringLiteral("a truncated recording without the place of the cut: ") + result.error;
    // A frame whose claimed size deflate could not produce is refused before
    // qUncompress() would allocate that size.
    if (mode == 2 && rest.size() >= 4 && qFromBigEndian<quint32>(rest.constData()) > quint64(rest.size()) * 1032
        && !result.error.contains(QLatin1String("implausible uncompressed size")))
        return QStringLiteral("a frame claiming an impossible size was not refused: ") + result.error;
    if (!result.ok())
        return {};

    // What was read must survive being written again: the same header and entries, cleanly.
    const QString copy = scratchFile(QStringLiteral("fuzz-copy.rec"));
    RecordingWriter writer;
    QString error;
    if (!writer.open(copy, result.header, &error))
        return QStringLiteral("cannot rewrite: ") + error;
    for (const RecordEntry &entry : std::as_const(entries)) {
        if (!writer.append(entry, &error))
            return QStringLiteral("cannot rewrite an entry: ") + error;
    }
    if (!writer.close(&error))
        return QStringLiteral("cannot close the rewrite: ") + error;
    qsizetype index = 0;
    QString mismatch;
    const RecordingReadResult again = readRecording(copy, [&](const RecordEntry &entry) {
        if (index >= entries.size() || wireBytes(entry) != wireBytes(entries.at(index)))
            mismatch = QStringLiteral("entry %1 differs after a rewrite").arg(index + 1);
        ++index;
        return mismatch.isEmpty();
    });
    if (!mismatch.isEmpty())
        return mismatch;
    if (!again.error.isEmpty() || again.entries != entries.size())
        return QStringLiteral("the rewritten recording does not read back whole: ") + again.error;
    if (wireBytes(again.header) != wireBytes(result.header))
        return QStringLiteral("the header differs after a rewrite");
    return {};
}

QString checkJournal(const QByteArray &input)
{
    const QString path = scratchFile(QStringLiteral("journal-fuzz.log"));
    const QString headPath = path + QStringLiteral(".head");
    const qsizetype split = input.indexOf('\x01');
    QFile::remove(headPath);
    if (!writeFile(path, split < 0 ? input : input.left(split)) || (split >= 0 && !writeFile(headPath, input.mid(split + 1))))
        return QStringLiteral("cannot write the scratch files in %1").arg(QFileInfo(path).path());

    const JournalContents contents = readJournal(path);
    for (const QString &e : contents.errors) {
        if (!e.startsWith(QLatin1String("line ")))
            return QStringLiteral("a read error without its line: ") + e;
    }
    const JournalVerification verification = verifyJournal(path);
    if (verification.ok != verification.problems.isEmpty())
        return QStringLiteral("verification ok=%1 with %2 problems").arg(verification.ok).arg(verification.problems.size());
    if (verification.ok && (!contents.errors.isEmpty() || verification.entries != contents.entries.size()))
        return QStringLiteral("a verified journal that does not read cleanly");

    Journal journal(path);
    QString error;
    const bool opened = journal.open(&error);
    if (opened != contents.errors.isEmpty())
        return QStringLiteral("open() %1 a journal with %2 unreadable lines")
            .arg(opened ? QStringLiteral("accepted") : QStringLiteral("refused"))
            .arg(contents.errors.size());
    if (!opened && error.isEmpty())
        return QStringLiteral("open() refused without a reason");
    if (!opened || !verification.ok)
        return {};

    // Continuing a sound chain must keep it sound.
    JournalEntry note;
    note.set_phase(OPERATOR_NOTE);
    note.set_cluster("fuzz");
    if (!journal.append(note, &error))
        return QStringLiteral("cannot append to a verified journal: ") + error;
    const JournalVerification after = verifyJournal(path);
    if (!after.ok || after.entries != verification.entries + 1)
        return QStringLiteral("appending to a verified journal broke it: ") + after.problems.join(QLatin1String("; "));
    return {};
}

} // namespace

QStringList targets()
{
    return {QStringLiteral("postfix"),   QStringLiteral("postgres"),    QStringLiteral("mysql"),
            QStringLiteral("drbd"),      QStringLiteral("pacemaker"),   QStringLiteral("keepalived"),
            QStringLiteral("dovecot"),   QStringLiteral("haproxy"),     QStringLiteral("host"),
            QStringLiteral("clusterfile"), QStringLiteral("runbook"),   QStringLiteral("scenario"),
            QStringLiteral("recording"), QStringLiteral("journal")};
}

QString checkInput(const QString &target, const QByteArray &input)
{
    if (target == QLatin1String("clusterfile"))
        return checkClusterFile(input);
    if (target == QLatin1String("runbook"))
        return checkRunbook(input);
    if (target == QLatin1String("scenario"))
        return checkScenario(input);
    if (target == QLatin1String("recording"))
        return checkRecording(input);
    if (target == QLatin1String("journal"))
        return checkJournal(input);
    return checkProbe(target, input);
}

} // namespace mailha::fuzz
