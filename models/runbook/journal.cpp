// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/journal.h"

#include "core/names.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <google/protobuf/util/json_util.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mailha {

namespace {

// lupdate reads JournalText::tr() calls under the context "mailha::Journal".
struct JournalText {
    Q_DECLARE_TR_FUNCTIONS(mailha::Journal)
};

const QString genesis = QString(64, QLatin1Char('0'));

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += n;
    }
    return true;
}

struct Line {
    QString hash;
    QByteArray json;
    bool wellFormed = false;
};

Line splitLine(const QByteArray &raw)
{
    Line l;
    const qsizetype tab = raw.indexOf('\t');
    if (tab != 64)
        return l;
    l.hash = QString::fromLatin1(raw.left(64));
    l.json = raw.mid(65);
    l.wellFormed = true;
    return l;
}

bool parseEntry(const QByteArray &json, JournalEntry *entry)
{
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = false;
    return google::protobuf::util::JsonStringToMessage(json.toStdString(), entry, options).ok();
}

QString headPath(const QString &path)
{
    return path + QLatin1String(".head");
}

} // namespace

QString journalLineHash(const QByteArray &json)
{
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

QString outputDigest(const QByteArray &standardOutput, const QByteArray &standardError)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(standardOutput);
    h.addData(QByteArrayView("\0", 1));
    h.addData(standardError);
    return QLatin1String("sha256:") + QString::fromLatin1(h.result().toHex());
}

Journal::Journal(QString path)
    : m_path(std::move(path))
{
}

QString Journal::defaultPath(const QString &cluster)
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QLatin1String("/.local/state");
    QString safe = cluster;
    for (QChar &c : safe)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    if (safe.isEmpty() || safe.startsWith(QLatin1Char('.')))
        safe.prepend(QLatin1Char('_'));
    return base + QLatin1String("/mailha/journal-") + safe + QLatin1String(".log");
}

QString Journal::currentOperator()
{
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("uid%1").arg(::geteuid());
}

bool Journal::open(QString *error)
{
    QMutexLocker lock(&m_mutex);
    const QFileInfo info(m_path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!QDir().mkpath(dir.absolutePath())) {
            *error = JournalText::tr("cannot create the journal directory %1").arg(dir.absolutePath());
            return false;
        }
        ::chmod(QFile::encodeName(dir.absolutePath()).constData(), 0700);
    }
    if (info.exists() && !info.isFile()) {
        *error = JournalText::tr("%1 is not a regular file; refusing to use it as the journal").arg(m_path);
        return false;
    }
    const QByteArray native = QFile::encodeName(m_path);
    const int fd = ::open(native.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        *error = JournalText::tr("cannot open the journal %1: %2").arg(m_path, errnoText());
        return false;
    }
    ::fchmod(fd, 0600);
    ::close(fd);

    const JournalContents contents = readJournal(m_path);
    if (!contents.errors.isEmpty()) {
        *error = JournalText::tr("the journal %1 is damaged (%2); run 'mailhactl journal verify' and move it aside")
                     .arg(m_path, contents.errors.constFirst());
        return false;
    }
    m_seq = contents.entries.isEmpty() ? 0 : contents.entries.constLast().seq();
    m_lastHash = contents.entries.isEmpty() ? genesis : qstr(contents.entries.constLast().hash());
    m_opened = true;
    return true;
}

bool Journal::append(JournalEntry &entry, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_opened) {
        *error = JournalText::tr("the journal is not open");
        return false;
    }
    if (m_failForTest) {
        *error = JournalText::tr("cannot write the journal %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(ENOSPC)));
        return false;
    }
    entry.set_seq(m_seq + 1);
    if (entry.time_ms() == 0)
        entry.set_time_ms(QDateTime::currentMSecsSinceEpoch());
    if (entry.operator_().empty())
        entry.set_operator_(sstr(currentOperator()));
    entry.set_prev_hash(sstr(m_lastHash));
    entry.clear_hash();
    std::string json;
    if (!google::protobuf::util::MessageToJsonString(entry, &json).ok()) {
        *error = JournalText::tr("cannot encode a journal entry");
        return false;
    }
    const QByteArray body = QByteArray::fromStdString(json);
    const QString hash = journalLineHash(body);
    const QByteArray line = hash.toLatin1() + '\t' + body + '\n';

    const QByteArray native = QFile::encodeName(m_path);
    const int fd = ::open(native.constData(), O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        *error = JournalText::tr("cannot open the journal %1: %2").arg(m_path, errnoText());
        return false;
    }
    struct stat before {};
    ::fstat(fd, &before);
    // One write() per line: a crash leaves a line either whole or absent. A
    // full disk can cut a line short; it is cut back so the chain stays whole.
    if (!writeAll(fd, line) || ::fsync(fd) != 0) {
        *error = JournalText::tr("cannot write the journal %1: %2").arg(m_path, errnoText());
        if (::ftruncate(fd, before.st_size) == 0)
            ::fsync(fd);
        ::close(fd);
        return false;
    }

    const QByteArray head = QByteArray::number(entry.seq()) + ' ' + hash.toLatin1() + '\n';
    const QByteArray tmp = QFile::encodeName(headPath(m_path) + QLatin1String(".tmp"));
    const int hfd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (hfd < 0 || !writeAll(hfd, head) || ::fsync(hfd) != 0
        || ::rename(tmp.constData(), QFile::encodeName(headPath(m_path)).constData()) != 0) {
        *error = JournalText::tr("cannot write the journal head %1: %2").arg(headPath(m_path), errnoText());
        if (hfd >= 0)
            ::close(hfd);
        ::unlink(tmp.constData());
        // The caller is told "not recorded" and will not act: the line must
        // go too, or a refused run would later show up as interrupted.
        if (::ftruncate(fd, before.st_size) == 0)
            ::fsync(fd);
        ::close(fd);
        return false;
    }
    ::close(hfd);
    ::close(fd);
    m_seq = entry.seq();
    m_lastHash = hash;
    entry.set_hash(sstr(hash));
    return true;
}

JournalContents readJournal(const QString &path)
{
    JournalContents contents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.exists())
            contents.errors << JournalText::tr("cannot read %1: %2").arg(path, file.errorString());
        return contents;
    }
    const QByteArray all = file.readAll();
    const QList<QByteArray> lines = all.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &raw = lines.at(i);
        if (raw.isEmpty() && i == lines.size() - 1)
            break;
        const Line l = splitLine(raw);
        JournalEntry e;
        if (!l.wellFormed || !parseEntry(l.json, &e)) {
            contents.errors << JournalText::tr("line %1: not a journal entry").arg(i + 1);
            continue;
        }
        e.set_hash(sstr(l.hash));
        contents.entries.append(e);
    }
    if (!all.isEmpty() && !all.endsWith('\n'))
        contents.errors << JournalText::tr("line %1: incomplete last line").arg(lines.size());
    return contents;
}

JournalVerification verifyJournal(const QString &path)
{
    JournalVerification v;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        v.problems << JournalText::tr("cannot read %1: %2").arg(path, file.errorString());
        return v;
    }
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & 077) != 0)
        v.problems << JournalText::tr("mode %1 lets other users read or change the journal (expected 0600)")
                          .arg(QString::number(st.st_mode & 0777, 8));
    const QByteArray all = file.readAll();
    QList<QByteArray> lines = all.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    else if (!all.isEmpty())
        v.problems << JournalText::tr("line %1: incomplete last line").arg(lines.size());
    QString prev = genesis;
    quint64 expectSeq = 1;
    QList<QString> hashes;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        const Line l = splitLine(lines.at(i));
        JournalEntry e;
        if (!l.wellFormed || !parseEntry(l.json, &e)) {
            v.problems << JournalText::tr("line %1: not a journal entry").arg(lineNo);
            prev = QString();
            hashes << QString();
            ++expectSeq;
            continue;
        }
        if (journalLineHash(l.json) != l.hash)
            v.problems << JournalText::tr("line %1: content does not match its hash (entry edited)").arg(lineNo);
        if (!prev.isEmpty() && qstr(e.prev_hash()) != prev)
            v.problems << JournalText::tr("line %1: does not follow the previous entry (entry removed, inserted or reordered)").arg(lineNo);
        if (e.seq() != expectSeq)
            v.problems << JournalText::tr("line %1: sequence number %2, expected %3").arg(lineNo).arg(e.seq()).arg(expectSeq);
        expectSeq = e.seq() + 1;
        prev = l.hash;
        hashes << l.hash;
        ++v.entries;
    }

    QFile head(headPath(path));
    if (!head.open(QIODevice::ReadOnly)) {
        if (!lines.isEmpty())
            v.problems << JournalText::tr("the head file %1 is missing: truncation cannot be ruled out").arg(headPath(path));
    } else {
        const QList<QByteArray> parts = head.readAll().trimmed().split(' ');
        bool okSeq = false;
        const qsizetype headSeq = parts.value(0).toLongLong(&okSeq);
        const QString headHash = QString::fromLatin1(parts.value(1));
        if (!okSeq || parts.size() != 2)
            v.problems << JournalText::tr("the head file is damaged");
        else if (headSeq > hashes.size())
            v.problems << JournalText::tr("the journal ends at entry %1 but its head records entry %2: entries were removed from the end")
                              .arg(hashes.size())
                              .arg(headSeq);
        else if (headSeq > 0 && hashes.at(headSeq - 1) != headHash)
            v.problems << JournalText::tr("entry %1 does not match the hash recorded in the head").arg(headSeq);
        else if (headSeq + 1 == hashes.size())
            v.notes << JournalText::tr("the last entry is newer than the head: the console stopped between the two writes");
        else if (headSeq < hashes.size())
            v.problems << JournalText::tr("%1 entries follow the last one the head records").arg(hashes.size() - headSeq);
    }
    v.ok = v.problems.isEmpty();
    return v;
}

} // namespace mailha
