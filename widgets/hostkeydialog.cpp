// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostkeydialog.h"

#include "transport/sshsource.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailha {

HostKeyDialog::HostKeyDialog(const HostKeyQuestion &question, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Unknown host key — %1").arg(question.nodeId));
    auto *layout = new QVBoxLayout(this);
    const QString where = question.port == 22 ? question.host : QStringLiteral("%1 port %2").arg(question.host).arg(question.port);
    auto *intro = new QLabel(tr("The console has never connected to <b>%1</b> (node %2) before, so it cannot tell whether "
                                "this is really that host. Its %3 key has the fingerprint:")
                                 .arg(where.toHtmlEscaped(), question.nodeId.toHtmlEscaped(), question.keyType.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *fingerprint = new QLabel(question.fingerprint, this);
    fingerprint->setObjectName(QStringLiteral("fingerprint"));
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(fingerprint);
    auto *advice = new QLabel(tr("Compare it with the key on the server (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub, run there "
                                 "or by its administrator). Trust it only if they match: it will be recorded in %2.")
                                  .arg(question.keyType.section(QLatin1Char('-'), 1).toHtmlEscaped(),
                                       question.knownHostsPath.toHtmlEscaped()),
                              this);
    advice->setWordWrap(true);
    layout->addWidget(advice);
    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("Trust and connect"), QDialogButtonBox::AcceptRole);
    m_refuse = buttons->addButton(tr("Do not connect"), QDialogButtonBox::RejectRole);
    m_trust->setAutoDefault(false);
    m_refuse->setDefault(true);
    m_refuse->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

HostKeyDialog *HostKeyDialog::ask(SshSource *source, quint64 requestId, const HostKeyQuestion &question, QWidget *parent)
{
    auto *dialog = new HostKeyDialog(question, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<SshSource> guard(source);
    connect(dialog, &QDialog::finished, dialog, [guard, requestId](int result) {
        if (guard)
            guard->answerHostKey(requestId, result == QDialog::Accepted);
    });
    dialog->open();
    return dialog;
}

QDialog *HostKeyDialog::showChangedKey(const QString &nodeId, const QString &message, QWidget *parent)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("HOST KEY CHANGED — %1").arg(nodeId),
                                tr("<b>Possible attack: the host key of node %1 has changed.</b>").arg(nodeId.toHtmlEscaped()),
                                QMessageBox::Close, parent);
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace mailha
