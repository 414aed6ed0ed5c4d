// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterstate.h"
#include "lab/labcluster.h"
#include "recording/flightrecorder.h"
#include "recording/recording.h"
#include "recording/replaysource.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mailha;

namespace {
constexpr qint64 start = 1'767'600'000'000;

RecordingHeader labHeader(const LabCluster &lab)
{
    RecordingHeader h;
    h.set_format_version(1);
    *h.mutable_spec() = lab.spec();
    h.set_started_ms(lab.timeMs());
    h.set_lab(true);
    h.set_lab_seed(lab.seed());
    return h;
}

// Records `seconds` of the lab, returning the snapshot after every round as
// the live console derived it.
QList<std::string> recordLab(const QString &path, int seconds, qint64 *bytes = nullptr)
{
    LabCluster lab(21, start);
    lab.setFault(LabFault::StandbyStopsReplaying, QStringLiteral("db-dr"), true);
    RecordingWriter writer;
    QString error;
    if (!writer.open(path, labHeader(lab), &error))
        qFatal("%s", qPrintable(error));
    ClusterState live;
    qint64 now = 0;
    live.setClock([&] { return now; });
    live.setSpec(lab.spec());
    QList<std::string> snapshots;
    for (int i = 0; i < seconds; ++i) {
        lab.advance(1000);
        now = lab.timeMs();
        const QList<NodeSample> round = lab.sampleAll();
        for (const NodeSample &s : round) {
            RecordEntry e;
            *e.mutable_sample() = s;
            writer.append(e);
        }
        live.ingestRound(round);
        snapshots.append(live.snapshot().SerializeAsString());
    }
    writer.close();
    if (bytes)
        *bytes = writer.bytesWritten();
    return snapshots;
}
} // namespace

class TestRecording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayReproducesTheSameStates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.mhrec"));
        const QList<std::string> live = recordLab(path, 300);

        ReplaySource replay;
        const RecordingReadResult result = replay.loadNow(path);
        QVERIFY2(result.ok() && !result.truncated, qPrintable(result.error));
        QCOMPARE(result.entries, 300 * 12);
        QCOMPARE(replay.rounds().size(), 300);
        QVERIFY(replay.header().lab());

        ClusterState store;
        store.setClock([&] { return replay.now(); });
        store.setSpec(replay.spec());
        QList<std::string> replayed;
        connect(&replay, &SampleSource::samplesReady, &store, [&](const QList<NodeSample> &round) {
            store.ingestRound(round);
            replayed.append(store.snapshot().SerializeAsString());
        });
        replay.setSpeed(1000);
        while (!replay.atEnd())
            replay.advance(1000);
        QCOMPARE(replayed.size(), live.size());
        for (qsizetype i = 0; i < live.size(); ++i)
            QVERIFY2(replayed.at(i) == live.at(i), qPrintable(QStringLiteral("state differs at round %1").arg(i)));
    }

    void isCompactAndOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hour.mhrec"));
        qint64 bytes = 0;
        recordLab(path, 3600, &bytes);
        // 24 h must stay well under 100 MB: one hour must be well under 100/24 MB.
        QVERIFY2(bytes < 2'000'000, qPrintable(QStringLiteral("one lab hour took %1 bytes").arg(bytes)));
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions{});
        qInfo("one hour of the lab cluster at 1 Hz: %lld bytes (24 h ≈ %.1f MB)", bytes, double(bytes) * 24 / 1e6);
    }

    void truncatedRecordingReplaysToTheCut_data()
    {
        QTest::addColumn<double>("keep");
        QTest::newRow("cut in the last frame") << 0.97;
        QTest::newRow("cut mid-file") << 0.5;
        QTest::newRow("cut inside a frame header") << -4.0;
    }
    void truncatedRecordingReplaysToTheCut()
    {
        QFETCH(double, keep);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.mhrec"));
        recordLab(path, 1800);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 full = file.size();
        qint64 cut = keep > 0 ? qint64(double(full) * keep) : -1;
        if (cut < 0) {
            // Skip the header frame and one frame of samples, then cut four bytes
            // into the next frame's header.
            qint64 pos = 11;
            for (int frame = 0; frame < 2; ++frame) {
                file.seek(pos);
                const QByteArray head = file.read(8);
                const quint32 length = quint32(quint8(head[0])) | quint32(quint8(head[1])) << 8
                                       | quint32(quint8(head[2])) << 16 | quint32(quint8(head[3])) << 24;
                pos += 8 + qint64(length);
            }
            cut = pos + 4;
        }
        QVERIFY(file.resize(cut));
        file.close();

        qint64 rounds = 0;
        const RecordingReadResult result = readRecording(path, [&](const RecordEntry &e) {
            rounds += e.has_sample() && e.sample().node_id() == "lb-a";
            return true;
        });
        QVERIFY(result.truncated);
        QVERIFY(result.ok());
        QVERIFY2(result.error.contains(QLatin1String("byte")), qPrintable(result.error));
        QVERIFY(rounds > 0);
        QVERIFY(rounds < 1800);
    }

    void rejectsWhatIsNotARecording()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 not a recording at all");
        f.close();
        const RecordingReadResult result = readRecording(path, [](const RecordEntry &) { return true; });
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(QLatin1String("not a MailHA recording")));
        QVERIFY(!readRecording(dir.filePath(QStringLiteral("missing")), [](const RecordEntry &) { return true; }).ok());
    }

    void flightRecorderWritesFromAWorkerThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("flight.mhrec"));
        LabCluster lab(2, start);
        FlightRecorder recorder;
        QSignalSpy failed(&recorder, &FlightRecorder::failed);
        recorder.start(path, labHeader(lab));
        for (int i = 0; i < 20; ++i) {
            lab.advance(1000);
            recorder.recordSamples(lab.sampleAll());
        }
        ClusterEvent action;
        action.set_kind(OPERATOR_ACTION);
        action.set_actor("trainee");
        action.set_time_ms(lab.timeMs());
        recorder.recordEvent(action);
        recorder.stop();
        QCOMPARE(failed.count(), 0);
        qint64 samples = 0, events = 0;
        const RecordingReadResult result = readRecording(path, [&](const RecordEntry &e) {
            samples += e.has_sample();
            events += e.has_event() && e.event().actor() == "trainee";
            return true;
        });
        QVERIFY(result.ok() && !result.truncated);
        QCOMPARE(samples, 20 * 12);
        QCOMPARE(events, 1);

        FlightRecorder broken;
        QSignalSpy brokenFailed(&broken, &FlightRecorder::failed);
        broken.start(dir.filePath(QStringLiteral("no/such/dir/x.mhrec")), labHeader(lab));
        QTRY_COMPARE(brokenFailed.count(), 1);
        QVERIFY(brokenFailed.first().first().toString().contains(QLatin1String("cannot create")));
        broken.stop();
    }
};

QTEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
