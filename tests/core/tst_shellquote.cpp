// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/shellquote.h"

#include <QProcess>
#include <QtTest/QTest>

using namespace mailha;

class TestShellQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "postqueue" << "postqueue";
        QTest::newRow("path and flags") << "/usr/sbin/crm_mon" << "/usr/sbin/crm_mon";
        QTest::newRow("empty") << "" << "''";
        QTest::newRow("space") << "a b" << "'a b'";
        QTest::newRow("single quote") << "it's" << "'it'\\''s'";
        QTest::newRow("command substitution") << "$(reboot)" << "'$(reboot)'";
        QTest::newRow("semicolon") << "db-a; rm -rf /" << "'db-a; rm -rf /'";
        QTest::newRow("newline") << "a\nb" << "'a\nb'";
        QTest::newRow("tilde") << "~root" << "'~root'";
    }
    void quotesOnlyWhatNeedsIt()
    {
        QFETCH(QString, argument);
        QFETCH(QString, quoted);
        QCOMPARE(shellQuote(argument), quoted);
    }

    // The real proof: a POSIX shell given the joined text sees exactly the
    // original arguments, whatever they contain.
    void shellSeesTheOriginalArguments_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::newRow("hostile names") << QStringList{"printf", "%s\\n", "db-a; touch /tmp/pwned", "$(id)", "`id`",
                                                       "'\"'", "a\nb", "\u202Eevil", "*", "<b>bold</b>", "--", "-n"};
        QTest::newRow("empty args") << QStringList{"printf", "[%s]\\n", "", " ", "''"};
    }
    void shellSeesTheOriginalArguments()
    {
        QFETCH(QStringList, argv);
        const ShellCommand command = shellJoin(argv);
        QVERIFY(command.ok());
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command.text});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 0);
        QString expected;
        const QString format = argv.at(1) == QLatin1String("%s\\n") ? QStringLiteral("%1\n") : QStringLiteral("[%1]\n");
        for (qsizetype i = 2; i < argv.size(); ++i)
            expected += format.arg(argv.at(i));
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), expected);
    }

    void refusesWhatCannotBeQuoted()
    {
        QVERIFY(!shellJoin({}).ok());
        QVERIFY(!shellJoin({QString()}).ok());
        const ShellCommand nul = shellJoin({QStringLiteral("echo"), QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b")});
        QVERIFY(!nul.ok());
        QVERIFY(nul.error.contains(QLatin1String("NUL")));
        QVERIFY(nul.text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
