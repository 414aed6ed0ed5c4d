// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace google::protobuf {
class Message;
}

namespace mailha {

/// Parses Protobuf text format ('#' comments allowed) into `message`. On
/// failure returns false and sets `error` to "file:line:column: what" for
/// every problem the parser found, one per line.
bool parseTextProto(const QByteArray &text, const QString &fileName, google::protobuf::Message *message,
                    QString *error);
/// Reads `path` and parses it (small files; not on the GUI thread in reaction to I/O).
bool loadTextProto(const QString &path, google::protobuf::Message *message, QString *error);

} // namespace mailha
