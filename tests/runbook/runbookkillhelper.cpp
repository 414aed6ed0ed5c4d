// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the PostgreSQL switchover on a lab cluster with the demotion step
// hanging, so that tst_runrecovery can kill -9 it in the middle of a run.
#include "lab/labcommands.h"
#include "runbook/runbookrun.h"

#include <QCoreApplication>

using namespace mailha;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 64;
    LabCluster lab(11);
    QMutex mutex;
    LabCommandRunner runner(&lab, &mutex);
    runner.blockCommandsContaining(QStringLiteral("db-a"), QStringLiteral("stop -m fast"));
    Journal journal(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!journal.open(&error))
        return 70;
    const LoadedRunbook rb = findRunbook(QStringLiteral("postgres-switchover"));
    const RunbookPlan plan = planRunbook(rb.runbook, lab.spec(),
                                         {{QStringLiteral("group"), QStringLiteral("maildb")},
                                          {QStringLiteral("old_primary"), QStringLiteral("db-a")},
                                          {QStringLiteral("new_primary"), QStringLiteral("db-b")},
                                          {QStringLiteral("replicas"), QStringLiteral("db-dr")}});
    RunbookRun run(plan, &runner, &journal, QString::fromLocal8Bit(argv[2]));
    if (!run.start())
        return 70;
    run.runAll();
    return 0;
}
