// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/sshsource.h"

#include "cluster/derive.h"
#include "core/names.h"
#include "transport/sshnodepoller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <limits>
#include <map>

namespace mailha {

/// Carries questions from worker threads to the GUI and answers back. The
/// asking worker blocks on a wait condition; the GUI only posts.
class SshSource::Broker final : public SshPrompter
{
public:
    explicit Broker(SshSource *source)
        : m_source(source)
    {
    }

    bool acceptUnknownHostKey(const HostKeyQuestion &question) override
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancelled)
            return false;
        const quint64 id = ++m_nextId;
        m_pending[id];
        SshSource *source = m_source;
        QMetaObject::invokeMethod(
            source, [source, id, question] { Q_EMIT source->hostKeyDecisionNeeded(id, question); }, Qt::QueuedConnection);
        const Answer answer = waitFor(id);
        return answer.accept;
    }

    std::optional<QByteArray> passphrase(const PassphraseQuestion &question) override
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancelled)
            return std::nullopt;
        const quint64 id = ++m_nextId;
        m_pending[id];
        SshSource *source = m_source;
        QMetaObject::invokeMethod(
            source, [source, id, question] { Q_EMIT source->passphraseNeeded(id, question); }, Qt::QueuedConnection);
        return waitFor(id).passphrase;
    }

    void answer(quint64 id, bool accept, std::optional<QByteArray> passphrase)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_pending.find(id);
        if (it == m_pending.end() || it->second.answered) {
            if (passphrase)
                explicit_bzero(passphrase->data(), size_t(passphrase->size()));
            return;
        }
        it->second = {true, accept, std::move(passphrase)};
        m_answered.wakeAll();
    }

    void cancelAll(bool cancelled)
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled = cancelled;
        m_answered.wakeAll();
    }

private:
    struct Answer {
        bool answered = false;
        bool accept = false;
        std::optional<QByteArray> passphrase;
    };

    // Called with m_mutex held.
    Answer waitFor(quint64 id)
    {
        while (!m_pending[id].answered && !m_cancelled)
            m_answered.wait(&m_mutex);
        Answer answer = std::move(m_pending[id]);
        m_pending.erase(id);
        if (!answer.answered)
            return {};
        return answer;
    }

    SshSource *m_source;
    QMutex m_mutex;
    QWaitCondition m_answered;
    std::map<quint64, Answer> m_pending;  // guarded by m_mutex
    quint64 m_nextId = 0;                 // guarded by m_mutex
    bool m_cancelled = false;             // guarded by m_mutex
};

struct SshSource::Worker {
    QString nodeId;
    std::unique_ptr<QThread> thread;
    QMutex mutex;
    QWaitCondition wake;
    bool stopping = false;        // guarded by mutex
    bool reconnectNow = false;    // guarded by mutex
    SshNodePoller *poller = nullptr;  // guarded by mutex; lives on the worker's stack

    enum class Wake { Timeout, Reconnect, Stop };

    /// Waits up to `ms`, or until stop() or reconnect().
    Wake sleep(qint64 ms)
    {
        QMutexLocker lock(&mutex);
        QDeadlineTimer deadline(ms);
        while (!stopping && !reconnectNow && !deadline.hasExpired())
            wake.wait(&mutex, deadline);
        if (stopping)
            return Wake::Stop;
        if (std::exchange(reconnectNow, false))
            return Wake::Reconnect;
        return Wake::Timeout;
    }

    bool isStopping()
    {
        QMutexLocker lock(&mutex);
        return stopping;
    }
};

SshSource::SshSource(ClusterSpec spec, SshSettings settings, SshPollOptions options, QObject *parent)
    : SampleSource(parent)
    , m_spec(std::move(spec))
    , m_settings(std::move(settings))
    , m_options(options)
    , m_broker(std::make_unique<Broker>(this))
{
    m_intervalMs = m_options.pollIntervalMs > 0 ? m_options.pollIntervalMs : int(mailha::pollIntervalMs(m_spec));
    m_commandTimeoutMs = m_options.commandTimeoutMs > 0 ? m_options.commandTimeoutMs
                                                        : std::clamp(2 * m_intervalMs, 2000, 30000);
}

SshSource::~SshSource()
{
    stop();
}

qint64 SshSource::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

void SshSource::start()
{
    if (!m_workers.empty())
        return;
    if (m_spec.lab()) {
        // A simulated cluster's host names may well resolve somewhere real.
        for (const Node &node : m_spec.nodes()) {
            NodeSample sample;
            sample.set_node_id(node.id());
            sample.set_time_ms(now());
            sample.set_reachability(UNREACHABLE);
            sample.set_reachability_detail(sstr(tr("this cluster is marked lab: true; SSH never connects to it")));
            deliver(sample);
        }
        return;
    }
    m_broker->cancelAll(false);
    for (const Node &node : m_spec.nodes()) {
        auto worker = std::make_unique<Worker>();
        worker->nodeId = qstr(node.id());
        Worker *w = worker.get();
        worker->thread.reset(QThread::create([this, w, node] { runWorker(w, node); }));
        worker->thread->setObjectName(QLatin1String("ssh:") + w->nodeId);
        m_workers.push_back(std::move(worker));
    }
    for (const auto &worker : m_workers)
        worker->thread->start();
}

void SshSource::stop()
{
    m_broker->cancelAll(true);
    for (const auto &worker : m_workers) {
        QMutexLocker lock(&worker->mutex);
        worker->stopping = true;
        if (worker->poller)
            worker->poller->interrupt();
        worker->wake.wakeAll();
    }
    for (const auto &worker : m_workers)
        worker->thread->wait();
    m_workers.clear();
}

void SshSource::runWorker(Worker *worker, const Node &node)
{
    SshNodePoller poller(m_spec, node, m_settings, m_broker.get());
    {
        QMutexLocker lock(&worker->mutex);
        if (worker->stopping)
            return;
        worker->poller = &poller;
    }
    auto post = [this](const NodeSample &sample) {
        QMetaObject::invokeMethod(this, [this, sample] { deliver(sample); }, Qt::QueuedConnection);
    };
    int backoff = m_options.initialBackoffMs;
    QElapsedTimer round;
    for (;;) {
        round.start();
        if (!poller.isConnected()) {
            NodeSample connecting;
            connecting.set_node_id(node.id());
            connecting.set_time_ms(QDateTime::currentMSecsSinceEpoch());
            connecting.set_reachability(CONNECTING);
            connecting.set_reachability_detail(sstr(tr("connecting to %1").arg(qstr(node.host()))));
            post(connecting);
        }
        const NodeSample sample = poller.pollRound(m_commandTimeoutMs);
        if (worker->isStopping())
            break;
        post(sample);
        qint64 waitMs = 0;
        if (sample.reachability() == REACHABLE) {
            backoff = m_options.initialBackoffMs;
            waitMs = std::max<qint64>(0, m_intervalMs - round.elapsed());
        } else if (sample.reachability() == HOST_KEY_UNKNOWN) {
            waitMs = std::numeric_limits<int>::max();  // parked until reconnect(): no question every few seconds
        } else {
            waitMs = backoff;
            backoff = std::min(backoff * 2, m_options.maxBackoffMs);
        }
        // Sleep in keepalive-sized slices, so an idle session stays known alive.
        Worker::Wake woke = Worker::Wake::Timeout;
        QElapsedTimer slept;
        slept.start();
        while (woke == Worker::Wake::Timeout) {
            const qint64 left = waitMs - slept.elapsed();
            if (left <= 0)
                break;
            woke = worker->sleep(std::min<qint64>(left, m_settings.keepaliveIntervalMs));
            if (woke == Worker::Wake::Timeout && left > m_settings.keepaliveIntervalMs)
                poller.keepAlive();
        }
        if (woke == Worker::Wake::Stop)
            break;
        if (woke == Worker::Wake::Reconnect)
            backoff = m_options.initialBackoffMs;
    }
    QMutexLocker lock(&worker->mutex);
    worker->poller = nullptr;
}

void SshSource::deliver(const NodeSample &sample)
{
    const QString nodeId = qstr(sample.node_id());
    Connection &c = m_connections[nodeId];
    const QString detail = qstr(sample.reachability_detail());
    if (c.reachability != sample.reachability() || c.detail != detail) {
        const bool changed = c.reachability != sample.reachability();
        c = {sample.reachability(), detail, sample.time_ms()};
        Q_EMIT connectionChanged(nodeId, c.reachability, c.detail);
        if (changed && c.reachability == HOST_KEY_CHANGED)
            Q_EMIT hostKeyChanged(nodeId, detail);
    }
    m_pending.append(sample);
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &SshSource::flushPending, Qt::QueuedConnection);
    }
}

void SshSource::flushPending()
{
    m_flushScheduled = false;
    if (m_pending.isEmpty())
        return;
    const QList<NodeSample> batch = std::exchange(m_pending, {});
    Q_EMIT samplesReady(batch);
}

void SshSource::answerHostKey(quint64 requestId, bool accept)
{
    m_broker->answer(requestId, accept, std::nullopt);
}

void SshSource::answerPassphrase(quint64 requestId, std::optional<QByteArray> passphrase)
{
    // Read before the move: argument evaluation order is unspecified.
    const bool given = passphrase.has_value();
    m_broker->answer(requestId, given, std::move(passphrase));
}

void SshSource::reconnect(const QString &nodeId)
{
    for (const auto &worker : m_workers) {
        if (worker->nodeId != nodeId)
            continue;
        QMutexLocker lock(&worker->mutex);
        worker->reconnectNow = true;
        worker->wake.wakeAll();
    }
}

} // namespace mailha
