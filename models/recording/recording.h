// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recording.pb.h"

#include <QFile>
#include <QList>
#include <QString>

#include <functional>

namespace mailha {

/// Recording files.
///
/// A recording is the magic "MAILHA-REC\x01" followed by frames. A frame is
/// [u32 LE payload length][u32 LE CRC-32 of the payload][payload], and the
/// payload is a zlib-compressed run of length-delimited RecordEntry messages
/// (varint length + bytes); the first entry of the file is the header.
/// Frames make the file compact (the lab's samples compress about tenfold)
/// and crash-safe: a writer killed mid-frame leaves a short or corrupt last
/// frame, and a reader replays everything up to it and reports the cut.
class RecordingWriter final
{
public:
    RecordingWriter() = default;
    ~RecordingWriter();
    RecordingWriter(const RecordingWriter &) = delete;
    RecordingWriter &operator=(const RecordingWriter &) = delete;

    /// Creates (truncates) `path` with mode 0600 and writes the header.
    bool open(const QString &path, const RecordingHeader &header, QString *error);
    /// Buffers an entry; a full buffer (≈256 KiB) becomes a frame on disk.
    bool append(const RecordEntry &entry, QString *error = nullptr);
    /// Writes what is buffered as a frame and flushes it to the OS.
    bool flush(QString *error = nullptr);
    /// Flushes and closes.
    bool close(QString *error = nullptr);
    bool isOpen() const { return m_file.isOpen(); }
    qint64 bytesWritten() const { return m_bytes; }

    static constexpr qsizetype frameTarget = 256 * 1024;

private:
    bool writeFrame(QString *error);
    QFile m_file;
    QByteArray m_buffer;
    qint64 m_bytes = 0;
};

struct RecordingReadResult {
    RecordingHeader header;
    qint64 entries = 0;       ///< entries read, header excluded
    qint64 frames = 0;
    bool truncated = false;   ///< the file ends in a cut or damaged frame
    QString error;            ///< why reading stopped early (or failed)
    bool ok() const { return error.isEmpty() || truncated; }
};

/// Reads a recording, calling `visit` for each entry after the header, in order.
/// Stops at the first damaged frame: everything before it is delivered and the
/// result says where and why it stopped. Returning false from `visit` stops early.
RecordingReadResult readRecording(const QString &path, const std::function<bool(const RecordEntry &)> &visit);

} // namespace mailha
