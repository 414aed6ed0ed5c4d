// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"

#include "mainwindow.h"

#include "cluster/clusterfile.h"
#include "cluster/clusterstate.h"
#include "core/names.h"
#include "failoverwizard.h"
#include "hostkeydialog.h"
#include "instructorpanel.h"
#include "lab/labsource.h"
#include "lab/scenariorunner.h"
#include "recording/flightrecorder.h"
#include "recording/recordingscenario.h"
#include "recording/replaysource.h"
#include "runbook/journal.h"
#include "runbook/runbookrun.h"
#include "runbookpanel.h"
#include "timeline.h"
#include "timelineview.h"
#include "transport/sshcommandrunner.h"
#include "transport/sshsource.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QThread>

namespace mailha {

SessionController::SessionController(MainWindow *window, ClusterState *state)
    : QObject(window)
    , m_window(window)
    , m_state(state)
{
    createMenus();

    // The incident timeline: cluster events, alerts and operator notes in time order.
    auto *timeline = new TimelineView;
    auto *dock = new QDockWidget(tr("Incident timeline"), m_window);
    dock->setObjectName(QStringLiteral("timelineDock"));
    dock->setWidget(timeline);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    connect(m_state, &ClusterState::eventAdded, timeline, [this, timeline] { timeline->setEvents(m_state->events()); });
    connect(m_state, &ClusterState::specChanged, timeline, [timeline] { timeline->setEvents({}); });
    connect(timeline, &TimelineView::noteRequested, this, [this](const QString &text) {
        ClusterEvent note;
        note.set_time_ms(m_state->now());
        note.set_kind(NOTE);
        note.set_severity(INFO);
        note.set_actor(sstr(Journal::currentOperator()));
        note.set_message(sstr(text));
        m_state->addEvent(note);
    });
    m_timelineAction = dock->toggleViewAction();
}

SessionController::~SessionController()
{
    stopRecording();
}

LabSource *SessionController::labSource() const
{
    return qobject_cast<LabSource *>(m_source.data());
}

void SessionController::createMenus()
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *file = nullptr;
    for (QAction *a : bar->actions())
        if (a->menu() && a->menu()->objectName() == QLatin1String("fileMenu"))
            file = a->menu();
    if (!file) {
        file = new QMenu(tr("&File"), m_window);
        bar->insertMenu(bar->actions().value(0), file);
    }
    QAction *first = file->actions().value(1);  // after "Open cluster…"
    m_recentMenu = new QMenu(tr("Open &recent"), file);
    file->insertMenu(first, m_recentMenu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        m_recentMenu->clear();
        for (const QString &path : recentClusters())
            m_recentMenu->addAction(path, this, [this, path] { openClusterFile(path); });
        if (m_recentMenu->isEmpty())
            m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
    });
    QAction *lab = new QAction(tr("Open the built-in &lab"), file);
    connect(lab, &QAction::triggered, this, [this] { openLab(1, 1.0); });
    file->insertAction(first, lab);
    QAction *replay = new QAction(tr("&Replay a recording…"), file);
    connect(replay, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Replay a recording"), QString(),
                                                          tr("MailHA recordings (*.mhrec);;All files (*)"));
        if (!path.isEmpty())
            openRecording(path);
    });
    file->insertAction(first, replay);
    file->insertSeparator(first);

    // Switch over / fail over any active-passive service group, from a menu
    // as well as from the topology.
    // Our menus go before Help, which stays last.
    QAction *helpAction = nullptr;
    for (QAction *a : bar->actions())
        if (a->menu() && a->menu()->objectName() == QLatin1String("helpMenu"))
            helpAction = a;
    auto addMenu = [bar, helpAction](QMenu *menu) {
        if (helpAction)
            bar->insertMenu(helpAction, menu);
        else
            bar->addMenu(menu);
        return menu;
    };
    QMenu *cluster = addMenu(new QMenu(tr("&Cluster"), bar));
    connect(cluster, &QMenu::aboutToShow, this, [this, cluster] {
        cluster->clear();
        const ClusterSnapshot &snap = m_state->snapshot();
        for (const GroupStatus &g : snap.groups()) {
            if (g.pattern() == ACTIVE_ACTIVE)
                continue;
            const QString group = qstr(g.group());
            // The wizard starts from a member of the group; the active one if any.
            QString node = g.active_nodes_size() > 0 ? qstr(g.active_nodes(0)) : QString();
            QString service;
            for (const Node &n : m_state->spec().nodes())
                for (const ServiceSpec &s : n.services())
                    if (s.group() == g.group() && (node.isEmpty() || qstr(n.id()) == node)) {
                        node = qstr(n.id());
                        service = qstr(s.id());
                    }
            if (service.isEmpty())
                continue;
            cluster->addAction(tr("Switch over %1…").arg(group), this,
                               [this, node, service] { serviceAction(node, service, QStringLiteral("switchover")); });
            cluster->addAction(tr("Fail over %1…").arg(group), this,
                               [this, node, service] { serviceAction(node, service, QStringLiteral("failover")); });
        }
        if (cluster->isEmpty())
            cluster->addAction(tr("(no active-passive service)"))->setEnabled(false);
        cluster->addSeparator();
        cluster->addAction(m_timelineAction);
        cluster->addAction(tr("&Runbooks"), this, [this] {
            if (m_runbookDock) {
                m_runbookDock->show();
                m_runbookDock->raise();
            }
        });
    });

    m_labMenu = addMenu(new QMenu(tr("&Lab"), bar));
    m_labMenu->addAction(tr("&Instructor panel"), this, [this] {
        if (m_instructorDock) {
            m_instructorDock->show();
            m_instructorDock->raise();
        }
    });
    QMenu *session = addMenu(new QMenu(tr("&Session"), bar));
    QAction *record = session->addAction(tr("&Record this session…"));
    QAction *stop = session->addAction(tr("&Stop recording"));
    stop->setEnabled(false);
    connect(record, &QAction::triggered, this, [this, record, stop] {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Record this session"),
                                                          QDir::home().filePath(QStringLiteral("session.mhrec")),
                                                          tr("MailHA recordings (*.mhrec)"));
        if (path.isEmpty())
            return;
        startRecording(path);
        record->setEnabled(false);
        stop->setEnabled(true);
    });
    connect(stop, &QAction::triggered, this, [this, record, stop] {
        stopRecording();
        record->setEnabled(true);
        stop->setEnabled(false);
    });
    session->addSeparator();
    QAction *toScenario = session->addAction(tr("&Turn a recording into a scenario…"));
    toScenario->setObjectName(QStringLiteral("recordingToScenarioAction"));
    connect(toScenario, &QAction::triggered, this, [this] {
        const QString recording = QFileDialog::getOpenFileName(m_window, tr("Turn a recording into a scenario"), QDir::homePath(),
                                                               tr("MailHA recordings (*.mhrec)"));
        if (recording.isEmpty())
            return;
        const QFileInfo info(recording);
        const QString scenario = QFileDialog::getSaveFileName(
            m_window, tr("Save the training scenario"), info.dir().filePath(info.completeBaseName() + QLatin1String(".textproto")),
            tr("Lab scenarios (*.textproto)"));
        if (!scenario.isEmpty())
            convertRecording(recording, scenario);
    });
    connect(this, &SessionController::recordingConverted, this, [this](bool ok, const QString &message) {
        if (ok)
            m_window->statusBar()->showMessage(message, 15000);
        else
            QMessageBox::warning(m_window, tr("No scenario made"), message);
    });
}

void SessionController::convertRecording(const QString &recordingPath, const QString &scenarioPath)
{
    // Reading and replaying a long recording takes seconds: a worker does it.
    auto result = std::make_shared<std::pair<bool, QString>>(false, QString());
    QThread *worker = QThread::create([recordingPath, scenarioPath, result] {
        const RecordingScenario made = scenarioFromRecording(recordingPath);
        if (!made.ok()) {
            result->second = made.error;
            return;
        }
        const ScenarioLoad check = parseScenario(made.text.toUtf8(), scenarioPath);
        if (!check.ok()) {
            result->second = check.error;
            return;
        }
        QFile file(scenarioPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(made.text.toUtf8()) < 0) {
            result->second = tr("cannot write %1: %2").arg(scenarioPath, file.errorString());
            return;
        }
        result->first = true;
        result->second = tr("Scenario %1 written to %2: %n fault(s) inferred", nullptr, made.scenario.faults_size())
                             .arg(qstr(made.scenario.id()), scenarioPath)
                         + tr(", %n observation(s) kept as notes", nullptr, made.scenario.source().notes_size());
    });
    connect(worker, &QThread::finished, this, [this, worker, result] {
        worker->deleteLater();
        Q_EMIT recordingConverted(result->first, result->second);
    });
    worker->start();
}

void SessionController::adopt(SampleSource *source, CommandRunner *runner, const QString &folder)
{
    stopRecording();
    m_runner = runner;
    m_journal.reset();
    m_source = source;
    m_window->setSource(source);
    m_window->timeline()->setReplayControlsVisible(qobject_cast<ReplaySource *>(source) != nullptr);
    m_labMenu->setEnabled(labSource() != nullptr);
    rebuildDocks(folder);
    Q_EMIT sessionChanged();
}

void SessionController::openLab(quint64 seed, double speed)
{
    auto *lab = new LabSource(seed);
    lab->setSpeed(speed);
    // A scenario (or free play again) restarts the lab's clock, usually
    // before the last sample the store holds, which would then ignore every
    // new sample as older: the store starts over with the new run.
    connect(lab, &LabSource::scenarioChanged, m_state, [state = m_state, lab] { state->setSpec(lab->spec()); });
    m_sshRunner.reset();
    adopt(lab, &lab->runner(), {});
}

bool SessionController::openClusterFile(const QString &path)
{
    const ClusterFileLoad load = loadClusterFile(path);
    if (!load.ok()) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot open cluster"),
                                    tr("%1 has errors; nothing was connected.").arg(QDir::toNativeSeparators(path)),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("clusterFileErrors"));
        box->setInformativeText(load.errors.constFirst().toString());
        box->setDetailedText(load.errorText());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    if (load.spec.lab()) {
        openLab(1, 1.0);
        rememberCluster(path);
        return true;
    }
    // The preferred poll interval for a cluster file that sets none; the
    // store reads it from the same spec, so staleness agrees with the polling.
    ClusterSpec spec = load.spec;
    if (spec.poll_interval_ms() == 0)
        spec.set_poll_interval_ms(quint32(m_window->settings()->pollIntervalS()) * 1000);
    auto *source = new SshSource(spec, SshSettings{});
    connect(source, &SshSource::hostKeyDecisionNeeded, this, [this, source](quint64 id, const HostKeyQuestion &q) {
        HostKeyDialog::ask(source, id, q, m_window);
    });
    connect(source, &SshSource::hostKeyChanged, this, [this](const QString &nodeId, const QString &message) {
        HostKeyDialog::showChangedKey(nodeId, message, m_window);
    });
    connect(source, &SshSource::passphraseNeeded, this, [this, source](quint64 id, const PassphraseQuestion &q) {
        auto *dialog = new QInputDialog(m_window);
        dialog->setWindowTitle(tr("Key passphrase for %1").arg(q.nodeId));
        dialog->setLabelText(q.prompt);
        dialog->setTextEchoMode(QLineEdit::Password);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QInputDialog::finished, source, [source, id, dialog](int result) {
            // Handed straight to libssh and wiped there; never stored.
            if (result == QDialog::Accepted)
                source->answerPassphrase(id, dialog->textValue().toUtf8());
            else
                source->answerPassphrase(id, std::nullopt);
        });
        dialog->open();
    });
    m_sshRunner = std::make_unique<SshCommandRunner>(load.spec, SshSettings{});
    adopt(source, m_sshRunner.get(), QFileInfo(path).absolutePath());
    rememberCluster(path);
    return true;
}

void SessionController::openRecording(const QString &path)
{
    auto *replay = new ReplaySource;
    connect(replay, &ReplaySource::loaded, this, [this, replay, path](bool ok, const QString &message) {
        if (!ok) {
            QMessageBox::critical(m_window, tr("Cannot replay"), message);
            replay->deleteLater();
            return;
        }
        if (!message.isEmpty())
            m_window->statusBar()->showMessage(message, 15000);
        replay->setSpeed(20);
        m_sshRunner.reset();
        adopt(replay, nullptr, QFileInfo(path).absolutePath());
        // Play, pause and speed on the same bar as time travel; connections end with the replay.
        Timeline *bar = m_window->timeline();
        bar->setReplaySpeed(replay->speed());
        bar->setPlaying(replay->isPlaying());
        connect(bar, &Timeline::playRequested, replay, [replay](bool play) {
            if (play)
                replay->start();
            else
                replay->stop();
        });
        connect(bar, &Timeline::replaySpeedRequested, replay, &ReplaySource::setSpeed);
        connect(replay, &ReplaySource::finished, bar, [bar] { bar->setPlaying(false); });
    });
    replay->load(path);
}

QStringList SessionController::recentClusters() const
{
    return m_window->settings()->recentClusters();
}

void SessionController::rememberCluster(const QString &path)
{
    m_window->settings()->addRecentCluster(path);
}

Journal *SessionController::journal()
{
    if (m_journal)
        return m_journal.get();
    auto journal = std::make_unique<Journal>(Journal::defaultPath(qstr(m_state->spec().name())));
    QString error;
    if (!journal->open(&error)) {
        QMessageBox::critical(m_window, tr("Journal unavailable"),
                              tr("No change can be made to the cluster without a journal: %1").arg(error));
        return nullptr;
    }
    m_journal = std::move(journal);
    return m_journal.get();
}

void SessionController::rebuildDocks(const QString &folder)
{
    for (QDockWidget **dock : {&m_runbookDock, &m_instructorDock}) {
        if (*dock) {
            m_window->removeDockWidget(*dock);
            (*dock)->deleteLater();
            *dock = nullptr;
        }
    }
    if (LabSource *lab = labSource()) {
        m_instructorDock = new QDockWidget(tr("Instructor"), m_window);
        m_instructorDock->setObjectName(QStringLiteral("instructorDock"));
        m_instructorDock->setWidget(new InstructorPanel(lab, m_instructorDock));
        m_window->addDockWidget(Qt::RightDockWidgetArea, m_instructorDock);
        m_instructorDock->hide();
    }
    if (!m_runner)
        return;  // a replay changes nothing
    Journal *j = journal();
    if (!j)
        return;
    if (m_instructorDock)
        static_cast<InstructorPanel *>(m_instructorDock->widget())->setJournalPath(j->path());
    auto *panel = new RunbookPanel(m_state->spec(), m_runner, j);
    panel->setSnapshotProvider([state = m_state] { return state->snapshot(); });
    if (!folder.isEmpty())
        panel->setRunbookDirs({QDir(folder).filePath(QStringLiteral("runbooks"))});
    m_runbookDock = new QDockWidget(tr("Runbooks"), m_window);
    m_runbookDock->setObjectName(QStringLiteral("runbookDock"));
    m_runbookDock->setWidget(panel);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_runbookDock);
    m_runbookDock->hide();

    // Interrupted runs are read off the GUI thread; the panel offers resume or abandon.
    const QString path = Journal::defaultPath(qstr(m_state->spec().name()));
    QPointer<RunbookPanel> target(panel);
    QThread *reader = QThread::create([path, target] {
        const QList<InterruptedRun> runs = findInterruptedRuns(readJournal(path).entries);
        QMetaObject::invokeMethod(qApp, [target, runs] {
            if (target && !runs.isEmpty()) {
                target->setInterruptedRuns(runs);
                if (auto *dock = qobject_cast<QDockWidget *>(target->parentWidget())) {
                    dock->show();
                    dock->raise();
                }
            }
        });
    });
    connect(reader, &QThread::finished, reader, &QObject::deleteLater);
    reader->start();
}

void SessionController::serviceAction(const QString &nodeId, const QString &serviceId, const QString &action)
{
    if (action == QLatin1String("flush-queue")) {
        // The runbook panel, with the flush runbook ready for this MTA.
        if (m_runbookDock) {
            auto *panel = static_cast<RunbookPanel *>(m_runbookDock->widget());
            panel->selectRunbook(QStringLiteral("postfix-flush"));
            panel->setParameter(QStringLiteral("mta"), nodeId);
            m_runbookDock->show();
            m_runbookDock->raise();
        }
        return;
    }
    const bool failover = action == QLatin1String("failover");
    if (!failover && action != QLatin1String("switchover"))
        return;
    if (!m_runner) {
        m_window->statusBar()->showMessage(tr("A recording is being replayed: nothing can be changed."), 8000);
        return;
    }
    QString group;
    const ClusterSpec spec = m_state->spec();
    for (const Node &n : spec.nodes())
        if (qstr(n.id()) == nodeId)
            for (const ServiceSpec &s : n.services())
                if (qstr(s.id()) == serviceId)
                    group = qstr(s.group());
    Journal *j = journal();
    if (group.isEmpty() || !j)
        return;
    auto *wizard = new FailoverWizard(spec, [state = m_state] { return state->snapshot(); }, m_runner, j, group,
                                      failover ? FailoverMode::Failover : FailoverMode::Switchover, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
}

void SessionController::startRecording(const QString &path)
{
    stopRecording();
    m_recorder = std::make_unique<FlightRecorder>();
    connect(m_recorder.get(), &FlightRecorder::failed, this,
            [this](const QString &error) { QMessageBox::warning(m_window, tr("Recording stopped"), error); });
    RecordingHeader header;
    header.set_format_version(1);
    *header.mutable_spec() = m_state->spec();
    header.set_started_ms(m_state->now());
    header.set_lab(m_state->spec().lab());
    header.set_recorded_by(sstr(Journal::currentOperator()));
    header.set_application_version(sstr(QApplication::applicationVersion()));
    m_recorder->start(path, header);
    connect(m_source.data(), &SampleSource::samplesReady, m_recorder.get(), &FlightRecorder::recordSamples);
    connect(m_state, &ClusterState::eventAdded, m_recorder.get(), &FlightRecorder::recordEvent);
    m_window->statusBar()->showMessage(tr("Recording to %1").arg(path), 5000);
}

void SessionController::stopRecording()
{
    if (m_recorder)
        m_recorder->stop();
    m_recorder.reset();
}

bool SessionController::isRecording() const
{
    return m_recorder && m_recorder->isRecording();
}

} // namespace mailha
