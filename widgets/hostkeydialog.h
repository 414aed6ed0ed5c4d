// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/sshsession.h"

#include <QDialog>

class QPushButton;

namespace mailha {

class SshSource;

/// The unknown-host question: who the host claims to be, its key's SHA256
/// fingerprint to compare out of band, and two choices, with "Do not connect"
/// as the default so a reflexive Enter never trusts a key.
class HostKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HostKeyDialog(const HostKeyQuestion &question, QWidget *parent = nullptr);

    QPushButton *trustButton() const { return m_trust; }
    QPushButton *refuseButton() const { return m_refuse; }

    /// Opens the dialog without blocking (window-modal, deleted on close) and
    /// answers `requestId` on `source` when the person decides. Wire it to
    /// SshSource::hostKeyDecisionNeeded.
    static HostKeyDialog *ask(SshSource *source, quint64 requestId, const HostKeyQuestion &question, QWidget *parent);

    /// The hard stop for a changed host key: an alarm with only "Close",
    /// nothing to accept. Non-blocking; wire it to SshSource::hostKeyChanged.
    static QDialog *showChangedKey(const QString &nodeId, const QString &message, QWidget *parent);

private:
    QPushButton *m_trust = nullptr;
    QPushButton *m_refuse = nullptr;
};

} // namespace mailha
