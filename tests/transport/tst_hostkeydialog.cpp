// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/names.h"
#include "hostkeydialog.h"
#include "sshserver.h"
#include "testsupport.h"
#include "transport/sshsource.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mailha;
using namespace mailha::test;

class TestHostKeyDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SshServer> m_server;

    std::unique_ptr<SshSource> source()
    {
        ClusterSpec spec;
        spec.set_name("t");
        Node *n = spec.add_nodes();
        n->set_id("n1");
        n->set_host("127.0.0.1");
        n->set_port(m_server->port());
        n->set_user(sstr(m_server->userName()));
        SshSettings s;
        s.sshDir = m_server->clientDir();
        s.knownHostsPath = m_server->knownHostsPath();
        s.sshConfigPath = m_server->clientDir() + QLatin1String("/config");
        return std::make_unique<SshSource>(spec, s);
    }

    QPointer<HostKeyDialog> m_dialog;

    /// Starts a source whose questions open the dialog (into m_dialog).
    void openDialog(SshSource &src, QWidget *parent)
    {
        m_dialog.clear();
        connect(&src, &SshSource::hostKeyDecisionNeeded, parent,
                [this, &src, parent](quint64 id, const HostKeyQuestion &q) { m_dialog = HostKeyDialog::ask(&src, id, q, parent); });
        src.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog && m_dialog->isVisible(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SSH_AUTH_SOCK");
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SshServer>(m_dir.path());
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }

    void init() { QFile(m_server->knownHostsPath()).resize(0); }

    void showsTheFingerprintAndRefusesByDefault()
    {
        QWidget window;
        window.show();
        auto src = source();
        openDialog(*src, &window);
        QVERIFY(m_dialog);
        const QPointer<HostKeyDialog> dialog = m_dialog;
        const QLabel *fingerprint = dialog->findChild<QLabel *>(QStringLiteral("fingerprint"));
        QVERIFY(fingerprint);
        QVERIFY(fingerprint->text().startsWith(QLatin1String("SHA256:")));
        QVERIFY(dialog->refuseButton()->isDefault());
        QVERIFY(!dialog->trustButton()->isDefault());
        QTest::keyClick(dialog, Qt::Key_Return);  // a reflexive Enter
        QTRY_COMPARE(src->connection(QStringLiteral("n1")).reachability, HOST_KEY_UNKNOWN);
        QCOMPARE(QFile(m_server->knownHostsPath()).size(), 0);
    }

    void trustingConnectsAndRecordsTheKey()
    {
        QWidget window;
        window.show();
        auto src = source();
        openDialog(*src, &window);
        QVERIFY(m_dialog);
        const QPointer<HostKeyDialog> dialog = m_dialog;
        QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(src->connection(QStringLiteral("n1")).reachability, REACHABLE, 10000);
        QVERIFY(QFile(m_server->knownHostsPath()).size() > 0);
        QTRY_VERIFY(!dialog);  // deleted on close
    }

    void changedKeyAlarmOffersNothingToAccept()
    {
        QWidget window;
        QDialog *alarm = HostKeyDialog::showChangedKey(QStringLiteral("db1"), QStringLiteral("HOST KEY CHANGED for root@db1:22 ..."), &window);
        auto *box = qobject_cast<QMessageBox *>(alarm);
        QVERIFY(box);
        QCOMPARE(box->buttons().size(), 1);
        QCOMPARE(box->standardButton(box->buttons().first()), QMessageBox::Close);
        QVERIFY(box->informativeText().contains(QLatin1String("HOST KEY CHANGED")));
        box->close();
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_MAIN(TestHostKeyDialog)
#include "tst_hostkeydialog.moc"
