// SPDX-License-Identifier: GPL-3.0-or-later
#include "recording/recording.h"

#include <QCoreApplication>
#include <QtEndian>

#include <zlib.h>

namespace mailha {

namespace {

const QByteArray magic("MAILHA-REC\x01", 11);
constexpr quint32 maxFrameBytes = 64u * 1024 * 1024;

// lupdate sees Recording::tr() calls under the context "mailha::Recording".
struct Recording {
    Q_DECLARE_TR_FUNCTIONS(mailha::Recording)
};

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(value | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

bool readVarint(const QByteArray &in, qsizetype &pos, quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 64 && pos < in.size(); shift += 7) {
        const quint8 byte = quint8(in.at(pos++));
        value |= quint64(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

quint32 crc(const QByteArray &data)
{
    return quint32(crc32(0L, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

} // namespace

RecordingWriter::~RecordingWriter()
{
    close();
}

bool RecordingWriter::open(const QString &path, const RecordingHeader &header, QString *error)
{
    m_file.setFileName(path);
    // Recordings hold host names, outputs and operator actions: owner only,
    // from creation on (no window in which the umask's mode applies) ...
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly)) {
        if (error)
            *error = Recording::tr("cannot create recording %1: %2").arg(path, m_file.errorString());
        return false;
    }
    // ... and for a file that existed before, too.
    m_file.setPermissions(ownerOnly);
    if (m_file.write(magic) != magic.size()) {
        if (error)
            *error = Recording::tr("cannot write recording %1: %2").arg(path, m_file.errorString());
        m_file.close();
        return false;
    }
    m_bytes = magic.size();
    RecordEntry entry;
    *entry.mutable_header() = header;
    return append(entry, error) && flush(error);
}

bool RecordingWriter::append(const RecordEntry &entry, QString *error)
{
    if (!m_file.isOpen()) {
        if (error)
            *error = Recording::tr("recording is not open");
        return false;
    }
    const std::string bytes = entry.SerializeAsString();
    appendVarint(m_buffer, bytes.size());
    m_buffer.append(bytes.data(), qsizetype(bytes.size()));
    return m_buffer.size() < frameTarget || writeFrame(error);
}

bool RecordingWriter::writeFrame(QString *error)
{
    if (m_buffer.isEmpty())
        return true;
    // qCompress prefixes the uncompressed size (4 bytes, big endian) to zlib data.
    const QByteArray payload = qCompress(m_buffer, 6);
    m_buffer.clear();
    char head[8];
    qToLittleEndian(quint32(payload.size()), head);
    qToLittleEndian(crc(payload), head + 4);
    if (m_file.write(head, 8) != 8 || m_file.write(payload) != payload.size()) {
        if (error)
            *error = Recording::tr("cannot write recording %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_bytes += 8 + payload.size();
    return true;
}

bool RecordingWriter::flush(QString *error)
{
    if (!m_file.isOpen())
        return true;
    if (!writeFrame(error))
        return false;
    if (!m_file.flush()) {
        if (error)
            *error = Recording::tr("cannot write recording %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool RecordingWriter::close(QString *error)
{
    if (!m_file.isOpen())
        return true;
    const bool ok = flush(error);
    m_file.close();
    return ok;
}

RecordingReadResult readRecording(const QString &path, const std::function<bool(const RecordEntry &)> &visit)
{
    RecordingReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Recording::tr("cannot open recording %1: %2").arg(path, file.errorString());
        return result;
    }
    if (file.read(magic.size()) != magic) {
        result.error = Recording::tr("%1 is not a MailHA recording (bad magic)").arg(path);
        return result;
    }
    bool haveHeader = false;
    while (!file.atEnd()) {
        const qint64 frameStart = file.pos();
        const QByteArray head = file.read(8);
        auto stop = [&](const QString &why) {
            result.truncated = haveHeader;
            result.error = Recording::tr("%1: %2 at byte %3 (frame %4); replayed %n entries before it", nullptr, int(result.entries))
                               .arg(path, why)
                               .arg(frameStart)
                               .arg(result.frames + 1);
        };
        if (head.size() < 8) {
            stop(Recording::tr("cut-off frame header"));
            return result;
        }
        const quint32 length = qFromLittleEndian<quint32>(head.constData());
        const quint32 checksum = qFromLittleEndian<quint32>(head.constData() + 4);
        if (length == 0 || length > maxFrameBytes) {
            stop(Recording::tr("implausible frame length %1").arg(length));
            return result;
        }
        const QByteArray payload = file.read(length);
        if (payload.size() < qsizetype(length)) {
            stop(Recording::tr("cut-off frame"));
            return result;
        }
        if (crc(payload) != checksum) {
            stop(Recording::tr("damaged frame (checksum mismatch)"));
            return result;
        }
        // qUncompress() allocates the size a payload claims before inflating
        // it; deflate expands at most 1032:1, so a larger claim is a damaged
        // (or hostile) frame, not a reason to ask for gigabytes.
        if (payload.size() < 4 || qFromBigEndian<quint32>(payload.constData()) > quint64(payload.size()) * 1032) {
            stop(Recording::tr("implausible uncompressed size"));
            return result;
        }
        const QByteArray data = qUncompress(payload);
        if (data.isEmpty()) {
            stop(Recording::tr("frame does not decompress"));
            return result;
        }
        ++result.frames;
        qsizetype pos = 0;
        while (pos < data.size()) {
            quint64 size = 0;
            if (!readVarint(data, pos, size) || size > quint64(data.size() - pos)) {
                stop(Recording::tr("malformed entry length"));
                return result;
            }
            RecordEntry entry;
            if (!entry.ParseFromArray(data.constData() + pos, int(size))) {
                stop(Recording::tr("malformed entry"));
                return result;
            }
            pos += qsizetype(size);
            if (!haveHeader) {
                if (!entry.has_header()) {
                    result.error = Recording::tr("%1 has no header").arg(path);
                    return result;
                }
                result.header = entry.header();
                haveHeader = true;
                continue;
            }
            ++result.entries;
            if (!visit(entry))
                return result;
        }
    }
    if (!haveHeader)
        result.error = Recording::tr("%1 has no header").arg(path);
    return result;
}

} // namespace mailha
