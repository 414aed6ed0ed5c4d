// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string is translated: runs the real lupdate over the
// sources into copies of the shipped .ts files and fails, naming context and
// source text, on any message that is unfinished, vanished or obsolete, or
// when the sources and the shipped file disagree on which messages exist.
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest/QTest>

namespace {

// As in translations/CMakeLists.txt: qt_add_lupdate(... OPTIONS ...).
const QStringList lupdateOptions{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    QString type;  ///< "", "unfinished", "vanished" or "obsolete"
    QString key() const { return context + QChar(0) + source + QChar(0) + comment; }
    QString describe() const
    {
        // One line per problem, also for multi-line source texts.
        QString text = context + QLatin1String(": \"") + QString(source).replace(QLatin1Char('\n'), QLatin1String("\\n"))
                       + QLatin1Char('"');
        if (!comment.isEmpty())
            text += QLatin1String(" (") + comment + QLatin1Char(')');
        return text;
    }
};

struct TsFile {
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + QLatin1String(": ") + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{context, {}, {}, {}};
                inMessage = true;
            } else if (inMessage && name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                // Plural forms are <numerusform>s inside; the type is on <translation>.
                message.type = xml.attributes().value(QLatin1String("type")).toString();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages.append(message);
            inMessage = false;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

/// The same files the update_translations target scans (translations/CMakeLists.txt).
QStringList translatableSources(const QString &root)
{
    QStringList files;
    for (const char *dir : {"models", "widgets", "app"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

/// Runs lupdate over `sources` into the .ts files `ts`; empty on success, else why not.
QString runLupdate(const QStringList &sources, const QStringList &ts, const QString &workDir)
{
    const QString list =
        mailha::test::writeFile(workDir, QStringLiteral("sources.lst"), sources.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (list.isEmpty())
        return QStringLiteral("cannot write the source list in ") + workDir;
    QStringList args = lupdateOptions;
    for (const QString &include : QStringLiteral(MAILHA_LUPDATE_INCLUDES).split(QLatin1Char('|'), Qt::SkipEmptyParts))
        args << QStringLiteral("-I") << include;
    args << QLatin1Char('@') + list << QStringLiteral("-ts") << ts;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(MAILHA_LUPDATE), args);
    if (!lupdate.waitForFinished(120000))
        return QStringLiteral("lupdate did not finish: ") + lupdate.errorString();
    if (lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0)
        return QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(lupdate.readAll());
    return {};
}

/// Everything wrong with `shipped` given what lupdate made of it (`refreshed`).
QStringList problems(const TsFile &shipped, const TsFile &refreshed, const QString &fileName)
{
    QStringList out;
    for (const TsMessage &m : shipped.messages)
        if (!m.type.isEmpty())
            out << QStringLiteral("%1: %2 is %3").arg(fileName, m.describe(), m.type);
    QSet<QString> shippedKeys, refreshedKeys;
    for (const TsMessage &m : shipped.messages)
        shippedKeys.insert(m.key());
    for (const TsMessage &m : refreshed.messages) {
        refreshedKeys.insert(m.key());
        if (!shippedKeys.contains(m.key()))
            out << QStringLiteral("%1: %2 is in the sources but not translated in the shipped file").arg(fileName, m.describe());
    }
    for (const TsMessage &m : shipped.messages)
        if (!refreshedKeys.contains(m.key()))
            out << QStringLiteral("%1: %2 is no longer in the sources").arg(fileName, m.describe());
    return out;
}

} // namespace

using namespace mailha;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(MAILHA_LUPDATE)).isExecutable(),
                 "lupdate (qt6-l10n-tools) is missing; it is in installer/debian-packages.txt");
    }

    void shippedFileMatchesTheSources_data()
    {
        QTest::addColumn<QString>("shipped");
        for (const QString &ts : QStringLiteral(MAILHA_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts))
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }
    void shippedFileMatchesTheSources()
    {
        QFETCH(QString, shipped);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(shipped).fileName());
        QVERIFY(QFile::copy(shipped, copy));
        const QStringList sources = translatableSources(QStringLiteral(MAILHA_TEST_SOURCE_DIR));
        QVERIFY(sources.size() > 50);
        const QString error = runLupdate(sources, {copy}, dir.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const TsFile before = readTs(shipped);
        const TsFile after = readTs(copy);
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        // An lupdate that found nothing would make every comparison pass.
        QVERIFY2(after.messages.size() > 500, qPrintable(QString::number(after.messages.size())));
        const QStringList found = problems(before, after, QFileInfo(shipped).fileName());
        // QtTest cuts long failure messages: every problem goes on its own line first.
        for (const QString &p : found)
            qWarning().noquote() << p;
        if (!found.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 problem(s), listed above; build the update_translations target, then "
                                            "translate the new messages")
                                 .arg(found.size())));
    }

    // The comparison above, shown to catch what it is for: a tr() string
    // added to a source without a translation.
    void newUntranslatedStringIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString source = test::writeFile(
            dir.path(), QStringLiteral("probe.cpp"),
            "#include <QCoreApplication>\n"
            "QString a() { return QCoreApplication::translate(\"mailha::Probe\", \"Kept\"); }\n"
            "QString b() { return QCoreApplication::translate(\"mailha::Probe\", \"Nobody translated me\"); }\n");
        const QByteArray shipped =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"de_DE\">\n"
            "<context>\n    <name>mailha::Probe</name>\n"
            "    <message>\n        <source>Kept</source>\n        <translation>Behalten</translation>\n    </message>\n"
            "    <message>\n        <source>Gone</source>\n        <translation>Weg</translation>\n    </message>\n"
            "</context>\n</TS>\n";
        const QString ts = test::writeFile(dir.path(), QStringLiteral("mailha_de.ts"), shipped);
        const QString copy = test::writeFile(dir.path(), QStringLiteral("copy.ts"), shipped);
        QVERIFY(!source.isEmpty() && !ts.isEmpty() && !copy.isEmpty());
        const QString error = runLupdate({source}, {copy}, dir.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList found = problems(readTs(ts), readTs(copy), QStringLiteral("mailha_de.ts"));
        QCOMPARE(found.size(), 2);
        QVERIFY2(found.at(0).contains(QLatin1String("mailha::Probe: \"Nobody translated me\" is in the sources")),
                 qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY2(found.at(1).contains(QLatin1String("mailha::Probe: \"Gone\" is no longer in the sources")),
                 qPrintable(found.join(QLatin1Char('\n'))));
    }

    void markedMessagesAreNamed_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("unfinished") << QStringLiteral("unfinished");
        QTest::newRow("vanished") << QStringLiteral("vanished");
        QTest::newRow("obsolete") << QStringLiteral("obsolete");
    }
    void markedMessagesAreNamed()
    {
        QFETCH(QString, type);
        QTemporaryDir dir;
        const QString ts = test::writeFile(
            dir.path(), QStringLiteral("x.ts"),
            QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TS version=\"2.1\" language=\"fr_FR\">\n"
                           "<context><name>mailha::Ctx</name><message><source>Text</source>"
                           "<translation type=\"%1\">Texte</translation></message></context></TS>\n")
                .arg(type)
                .toUtf8());
        QVERIFY(!ts.isEmpty());
        const TsFile file = readTs(ts);
        QVERIFY(file.error.isEmpty());
        const QStringList found = problems(file, file, QStringLiteral("x.ts"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst(), QStringLiteral("x.ts: mailha::Ctx: \"Text\" is %1").arg(type));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
