// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/runbookexecutor.h"

#include <QLineEdit>
#include <QPushButton>

#include <functional>

namespace mailha {

/// Wires the controls every runbook run offers (pause, continue, abort, and
/// "done" for a MANUAL step with its note) to whichever executor is running
/// now. The wizard and the runbook panel share this, so both behave alike.
inline void connectRunControls(QObject *context, std::function<RunbookExecutor *()> executor, QPushButton *pause,
                               QPushButton *proceed, QPushButton *abort, QPushButton *manualDone, QLineEdit *manualNote)
{
    QObject::connect(pause, &QPushButton::clicked, context, [executor] {
        if (RunbookExecutor *e = executor())
            e->pause();
    });
    QObject::connect(proceed, &QPushButton::clicked, context, [executor] {
        if (RunbookExecutor *e = executor(); e && !e->isBusy())
            e->proceed();
    });
    QObject::connect(abort, &QPushButton::clicked, context, [executor] {
        if (RunbookExecutor *e = executor())
            e->abort();
    });
    QObject::connect(manualDone, &QPushButton::clicked, context, [executor, manualDone, manualNote] {
        manualDone->setEnabled(false);
        if (RunbookExecutor *e = executor())
            e->confirmManual(manualNote->text());
        manualNote->clear();
    });
}

} // namespace mailha
