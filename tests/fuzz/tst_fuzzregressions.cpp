// SPDX-License-Identifier: GPL-3.0-or-later
// Replays, in the normal build, every seed of tests/fuzz/corpus/<target>/ and
// every input a fuzzer once crashed on (tests/fuzz/regressions/<target>/)
// through the fuzzers' own entry point, so a fixed crash stays fixed even
// where clang and libFuzzer are not used.
#include "fuzzcheck.h"

#include <QDir>
#include <QFile>
#include <QtTest/QTest>

namespace {

const QString fuzzDir = QStringLiteral(MAILHA_FUZZ_DIR);

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasSeeds()
    {
        for (const QString &target : mailha::fuzz::targets())
            QVERIFY2(!filesIn(fuzzDir + QStringLiteral("/corpus/") + target).isEmpty(), qPrintable(target));
    }

    void noStrayFolders_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("corpus") << QStringLiteral("corpus");
        QTest::newRow("regressions") << QStringLiteral("regressions");
    }

    // A crash input saved under a misspelt target would never be replayed.
    void noStrayFolders()
    {
        QFETCH(QString, folder);
        const QStringList known = mailha::fuzz::targets();
        for (const QString &dir : QDir(fuzzDir + QLatin1Char('/') + folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(known.contains(dir), qPrintable(folder + QLatin1Char('/') + dir + QStringLiteral(" is not a fuzz target")));
    }

    void unknownTargetIsReported()
    {
        QVERIFY(!mailha::fuzz::checkInput(QStringLiteral("gopher"), "x").isEmpty());
    }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const QString &folder : {QStringLiteral("regressions"), QStringLiteral("corpus")}) {
            for (const QString &target : mailha::fuzz::targets()) {
                const QString dir = fuzzDir + QLatin1Char('/') + folder + QLatin1Char('/') + target;
                for (const QString &file : filesIn(dir)) {
                    const QString row = folder + QLatin1Char('/') + target + QLatin1Char('/') + file;
                    QTest::newRow(qPrintable(row)) << target << dir + QLatin1Char('/') + file;
                }
            }
        }
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QString broken = mailha::fuzz::checkInput(target, file.readAll());
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
