// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/journal.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace mailha;

namespace {

JournalEntry note(const char *text)
{
    JournalEntry e;
    e.set_phase(OPERATOR_NOTE);
    e.set_cluster("lab");
    e.set_step_index(-1);
    e.set_message(text);
    return e;
}

QString writeJournal(const QTemporaryDir &dir, int entries)
{
    const QString path = dir.filePath(QStringLiteral("state/mailha/journal-lab.log"));
    Journal j(path);
    QString error;
    if (!j.open(&error))
        qFatal("open: %s", qPrintable(error));
    for (int i = 0; i < entries; ++i) {
        JournalEntry e = note(("note " + std::to_string(i)).c_str());
        if (!j.append(e, &error))
            qFatal("append: %s", qPrintable(error));
    }
    return path;
}

QList<QByteArray> lines(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QList<QByteArray> l = f.readAll().split('\n');
    l.removeLast();
    return l;
}

void writeLines(const QString &path, const QList<QByteArray> &l)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const QByteArray &x : l)
        f.write(x + '\n');
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsAChainedPrivateFile()
    {
        QTemporaryDir dir;
        const QString path = writeJournal(dir, 5);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QCOMPARE(::stat(QFile::encodeName(dir.filePath(QStringLiteral("state/mailha"))).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0700);

        const JournalContents c = readJournal(path);
        QVERIFY(c.errors.isEmpty());
        QCOMPARE(c.entries.size(), 5);
        QCOMPARE(c.entries.at(0).prev_hash(), std::string(64, '0'));
        for (int i = 1; i < 5; ++i) {
            QCOMPARE(c.entries.at(i).seq(), quint64(i + 1));
            QCOMPARE(c.entries.at(i).prev_hash(), c.entries.at(i - 1).hash());
        }
        QVERIFY(!c.entries.at(0).operator_().empty());
        const JournalVerification v = verifyJournal(path);
        QVERIFY2(v.ok, qPrintable(v.problems.join(QLatin1Char('\n'))));
        QCOMPARE(v.entries, 5);

        // Reopening continues the same chain.
        Journal again(path);
        QString error;
        QVERIFY(again.open(&error));
        JournalEntry e = note("after reopen");
        QVERIFY(again.append(e, &error));
        QCOMPARE(e.seq(), quint64(6));
        QCOMPARE(e.prev_hash(), c.entries.at(4).hash());
        QVERIFY(verifyJournal(path).ok);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("expected");
        QTest::newRow("edited message") << "edit" << "content does not match its hash";
        QTest::newRow("edited and rehashed") << "rehash" << "does not follow the previous entry";
        QTest::newRow("line removed in the middle") << "delete" << "does not follow the previous entry";
        QTest::newRow("lines swapped") << "swap" << "does not follow the previous entry";
        QTest::newRow("last entries truncated") << "truncate" << "entries were removed from the end";
        QTest::newRow("head removed") << "nohead" << "head file";
        QTest::newRow("garbage line appended") << "garbage" << "not a journal entry";
        QTest::newRow("world readable") << "chmod" << "expected 0600";
    }

    void tamperingIsDetected()
    {
        QFETCH(QString, how);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeJournal(dir, 6);
        QList<QByteArray> l = lines(path);
        if (how == QLatin1String("edit")) {
            l[2].replace("note 2", "note X");
        } else if (how == QLatin1String("rehash")) {
            // A careful forger fixes the line's own hash; the next line still points at the old one.
            QByteArray json = l[2].mid(65);
            json.replace("note 2", "note X");
            l[2] = journalLineHash(json).toLatin1() + '\t' + json;
        } else if (how == QLatin1String("delete")) {
            l.removeAt(3);
        } else if (how == QLatin1String("swap")) {
            l.swapItemsAt(1, 2);
        } else if (how == QLatin1String("truncate")) {
            l = l.mid(0, 4);
        } else if (how == QLatin1String("nohead")) {
            QFile::remove(path + QLatin1String(".head"));
        } else if (how == QLatin1String("garbage")) {
            l << QByteArray("not a line");
        }
        writeLines(path, l);
        if (how == QLatin1String("chmod"))
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        else
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const JournalVerification v = verifyJournal(path);
        QVERIFY(!v.ok);
        QVERIFY2(v.problems.join(QLatin1Char('\n')).contains(expected), qPrintable(v.problems.join(QLatin1Char('\n'))));
    }

    void untouchedCopyStillVerifies()
    {
        // The control for the rows above: rewriting the same lines changes nothing.
        QTemporaryDir dir;
        const QString path = writeJournal(dir, 6);
        writeLines(path, lines(path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const JournalVerification v = verifyJournal(path);
        QVERIFY2(v.ok, qPrintable(v.problems.join(QLatin1Char('\n'))));
    }

    void crashBetweenLineAndHeadIsANoteNotTampering()
    {
        QTemporaryDir dir;
        const QString path = writeJournal(dir, 3);
        QFile head(path + QLatin1String(".head"));
        QVERIFY(head.open(QIODevice::ReadOnly));
        const QByteArray before = head.readAll();
        head.close();
        Journal j(path);
        QString error;
        QVERIFY(j.open(&error));
        JournalEntry e = note("fourth");
        QVERIFY(j.append(e, &error));
        QVERIFY(head.open(QIODevice::WriteOnly | QIODevice::Truncate));
        head.write(before);
        head.close();
        const JournalVerification v = verifyJournal(path);
        QVERIFY2(v.ok, qPrintable(v.problems.join(QLatin1Char('\n'))));
        QCOMPARE(v.notes.size(), 1);
    }

    void unusablePathsAreRefused()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        Journal underFile(dir.filePath(QStringLiteral("file/journal.log")));
        QVERIFY(!underFile.open(&error));
        QVERIFY2(error.contains(QLatin1String("cannot")), qPrintable(error));

        Journal aDirectory(dir.path());
        QVERIFY(!aDirectory.open(&error));
        QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));

        // Appending without a successful open never pretends to have written.
        JournalEntry e = note("x");
        QVERIFY(!underFile.append(e, &error));
    }

    void writeFailureIsReported()
    {
        QTemporaryDir dir;
        const QString path = writeJournal(dir, 1);
        Journal j(path);
        QString error;
        QVERIFY(j.open(&error));
        j.setFailWritesForTest(true);
        JournalEntry e = note("lost");
        QVERIFY(!j.append(e, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(readJournal(path).entries.size(), 1);
    }

    void fileSizeLimitIsRefusedAndLeavesNoTornLine()
    {
        // A real short write: the file size limit stands in for a full disk.
        QTemporaryDir dir;
        const QString path = writeJournal(dir, 2);
        Journal j(path);
        QString error;
        QVERIFY(j.open(&error));
        const qint64 size = QFileInfo(path).size();
        rlimit old {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit tight = old;
        tight.rlim_cur = rlim_t(size + 40);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &tight), 0);
        JournalEntry e = note("this line does not fit in forty bytes");
        const bool written = j.append(e, &error);
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!written);
        QVERIFY2(error.contains(QLatin1String("cannot write the journal")), qPrintable(error));
        QCOMPARE(QFileInfo(path).size(), size);
        QVERIFY(verifyJournal(path).ok);
        // Space is back: the chain goes on from the last whole entry.
        QVERIFY(j.append(e, &error));
        QCOMPARE(e.seq(), quint64(3));
        QVERIFY(verifyJournal(path).ok);
    }

    void defaultPathIsPerClusterUnderXdgState()
    {
        qputenv("XDG_STATE_HOME", "/tmp/xdg-state-test");
        QCOMPARE(Journal::defaultPath(QStringLiteral("lab")), QStringLiteral("/tmp/xdg-state-test/mailha/journal-lab.log"));
        QCOMPARE(Journal::defaultPath(QStringLiteral("../../etc/x")),
                 QStringLiteral("/tmp/xdg-state-test/mailha/journal-_.._.._etc_x.log"));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
