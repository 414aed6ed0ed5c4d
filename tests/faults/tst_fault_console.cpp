// SPDX-License-Identifier: GPL-3.0-or-later
// Fault matrix (issue #10), the console itself: the real MainWindow and
// SshSource against a node that accepts TCP and never answers (GUI heartbeat),
// and against hostile node names and remote outputs (plain text only, never a
// shell). Real sshd on 127.0.0.1; offscreen.
#include "faultfixture.h"
#include "loopwatch.h"
#include "mainwindow.h"
#include "nodedetailspanel.h"
#include "probes/nodepoller.h"
#include "topologyview.h"
#include "transport/sshsource.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QLabel>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolTip>
#include <QHelpEvent>
#include <QtTest/QTest>

using namespace mailha;
using namespace mailha::test;

namespace {

/// What a person sees of `text` shown with `format`: Qt treats AutoText as
/// rich text when it merely looks like markup (Qt::mightBeRichText), which is
/// exactly what hostile text must never get.
QString rendered(const QString &text, Qt::TextFormat format)
{
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

/// Every string on screen that mentions one of `needles`, with where it was found.
struct Shown {
    QString where;
    QString text;
    Qt::TextFormat format;
};

QList<Shown> shownTexts(QWidget *root, const QStringList &needles)
{
    QList<Shown> found;
    auto mentions = [&](const QString &text) {
        for (const QString &n : needles)
            if (text.contains(n.left(4)))
                return true;
        return false;
    };
    for (QLabel *label : root->findChildren<QLabel *>())
        if (mentions(label->text()))
            found.append({QStringLiteral("label %1").arg(label->objectName()), label->text(), label->textFormat()});
    for (QWidget *w : root->findChildren<QWidget *>())
        if (mentions(w->toolTip()))
            found.append({QStringLiteral("tooltip of %1").arg(QLatin1String(w->metaObject()->className())), w->toolTip(), Qt::AutoText});
    for (QGraphicsView *view : root->findChildren<QGraphicsView *>())
        if (view->scene())
            for (QGraphicsItem *item : view->scene()->items())
                if (mentions(item->toolTip()))
                    found.append({QStringLiteral("topology item tooltip"), item->toolTip(), Qt::AutoText});
    // Item views: what the view really puts in the tooltip when the mouse
    // rests on the cell (the model's ToolTipRole goes through the delegate).
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex index = model->index(r, c);
                if (!mentions(index.data(Qt::ToolTipRole).toString()))
                    continue;
                view->scrollTo(index);
                const QPoint at = view->visualRect(index).center();
                QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
                QCoreApplication::sendEvent(view->viewport(), &help);
                // No tooltip shown counts as the raw text: the strict reading.
                const QString tip = QToolTip::isVisible() ? QToolTip::text() : index.data(Qt::ToolTipRole).toString();
                QToolTip::hideText();
                found.append({QStringLiteral("tooltip in %1").arg(QLatin1String(model->metaObject()->className())), tip, Qt::AutoText});
            }
    }
    return found;
}

void showWindow(MainWindow &window)
{
    window.topologyView()->setRememberLayout(false);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

} // namespace

class TestFaultConsole : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SshServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MailHA-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_fault_console"));
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SshServer>(m_dir.path());
    }

    void init()
    {
        m_server->setExtraConfig({});
        m_server->kill();  // a fresh start applies the config
        ensureTrustedServer(*m_server);
    }

    // Row "node that accepts TCP and never answers": no GUI stall over 50 ms; timeout; stale.
    void silentNodeNeverStallsTheWindow()
    {
        QTcpServer silent;  // the kernel completes the handshake; nobody ever speaks
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ClusterState state;
        MainWindow window(&state);
        showWindow(window);
        constexpr int interval = 500;
        auto *source = new SshSource(faultCluster(*m_server, {m_server->port(), silent.serverPort()}, interval),
                                     faultSettings(*m_server, 700));
        LoopWatch watch;
        window.setSource(source);
        QTRY_VERIFY_WITH_TIMEOUT(isLive(state, QStringLiteral("n0")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(source->connection(QStringLiteral("n1")).reachability == TIMED_OUT, 5000);
        QVERIFY(isStale(state, QStringLiteral("n1")));
        window.nodeDetails()->setNode(QStringLiteral("n1"));
        QTRY_VERIFY(window.nodeDetails()->connectionText().contains(QLatin1String("did not answer")));
        QTest::qWait(3 * interval);  // further timed-out connects while the window draws
        QVERIFY(isLive(state, QStringLiteral("n0")));
        qInfo("longest GUI-thread gap with a silent node: %lld ms", watch.maxGapMs());
        QVERIFY2(watch.maxGapMs() < LoopWatch::stallBudgetMs(),
                 qPrintable(QStringLiteral("event loop stalled %1 ms").arg(watch.maxGapMs())));
        QElapsedTimer closing;
        closing.start();
        window.setSource(nullptr);
        QVERIFY2(closing.elapsed() < 1000, qPrintable(QString::number(closing.elapsed())));
    }

    // Row "hostile names and outputs": never run by a shell, shown as plain text.
    void hostileNamesAndOutputsArePlainTextAndNeverRun()
    {
        const QString pwned = m_dir.filePath(QStringLiteral("pwned"));
        QFile::remove(pwned);
        const QString log = m_dir.filePath(QStringLiteral("commands.log"));
        QFile::remove(log);
        // The node's loadavg fails with a hostile message on stderr; every
        // command line the server receives is logged.
        const QString script = m_dir.filePath(QStringLiteral("hostile.sh"));
        QVERIFY(writeFile(script, QStringLiteral("#!/bin/sh\n"
                                                 "printf '%s\\n' \"$SSH_ORIGINAL_COMMAND\" >> '%1'\n"
                                                 "case \"$SSH_ORIGINAL_COMMAND\" in\n"
                                                 "*/proc/loadavg*) printf '%s\\n' '<b>bold</b><img src=x> $(touch %2) \"q\" \u202Elmth.exe' >&2; exit 3 ;;\n"
                                                 "esac\n"
                                                 "exec /bin/sh -c \"$SSH_ORIGINAL_COMMAND\"\n")
                                      .arg(log, pwned)
                                      .toUtf8()));
        QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_server->setExtraConfig(QStringLiteral("ForceCommand %1\n").arg(script));
        m_server->kill();
        ensureTrustedServer(*m_server);

        const QStringList ids{QStringLiteral("<b>mx</b><i>1</i>"), QStringLiteral("db;$(touch %1)`id`").arg(pwned),
                              QStringLiteral("\"st'\u202Eore\nB")};
        ClusterSpec spec = faultCluster(*m_server, {m_server->port(), freeLoopbackPort(), m_server->port()}, 500, ids);
        // A hostile parameter ends up inside a probe command: it must arrive as one quoted word.
        (*spec.mutable_nodes(2)->mutable_services(0)->mutable_params())["paths"] = sstr(QStringLiteral("/tmp/x;touch %1").arg(pwned));
        SshSettings settings = faultSettings(*m_server);
        settings.streaming = false;  // the ForceCommand sees, and logs, every command line

        ClusterState state;
        MainWindow window(&state);
        showWindow(window);
        auto *source = new SshSource(spec, settings);
        window.setSource(source);
        QTRY_VERIFY_WITH_TIMEOUT(isLive(state, ids.at(0)) && isLive(state, ids.at(2)), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(isStale(state, ids.at(1)), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!state.lastSample(ids.at(0))->services(0).error().empty(), 5000);
        const QString hostileError = qstr(state.lastSample(ids.at(0))->services(0).error());
        QVERIFY2(hostileError.contains(QLatin1String("<b>bold</b>")), qPrintable(hostileError));
        QTest::qWait(1200);  // alerts, events and the table catch up

        QStringList needles = ids;
        needles << QStringLiteral("<b>bold</b>");
        QStringList problems;
        int checked = 0;
        for (const QString &id : ids) {
            window.nodeDetails()->setNode(id);
            QTest::qWait(50);
            for (const Shown &s : shownTexts(&window, needles)) {
                ++checked;
                const QString seen = rendered(s.text, s.format);
                for (const QString &needle : needles)
                    if (s.text.contains(needle) && !seen.contains(needle))
                        problems << QStringLiteral("%1 interprets markup: \"%2\" shows as \"%3\"").arg(s.where, s.text, seen);
            }
        }
        problems.removeDuplicates();
        QVERIFY2(checked > 0, "the hostile names must be on screen for this test to mean anything");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        window.setSource(nullptr);

        QVERIFY2(!QFile::exists(pwned), "a hostile name or output was run by a shell");
        // Every command line that reached the server is exactly shellJoin() of a planned argv.
        QSet<QString> planned;
        for (const Node &node : spec.nodes())
            for (const PlannedCommand &c : planNodePoll(node))
                planned.insert(shellJoin(c.command.argv).text);
        QFile received(log);
        QVERIFY(received.open(QIODevice::ReadOnly));
        int lines = 0;
        for (const QByteArray &line : received.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            ++lines;
            QVERIFY2(planned.contains(QString::fromUtf8(line)), line.constData());
        }
        QVERIFY(lines > 0);
        bool sawQuotedParam = false;
        for (const QString &p : planned)
            sawQuotedParam = sawQuotedParam || p.contains(QStringLiteral("'/tmp/x;touch %1'").arg(pwned));
        QVERIFY(sawQuotedParam);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_MAIN(TestFaultConsole)
#include "tst_fault_console.moc"
