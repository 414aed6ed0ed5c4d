// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textproto.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/text_format.h>

namespace mailha {

namespace {

struct TextProto {
    Q_DECLARE_TR_FUNCTIONS(mailha::TextProto)
};

class Collector final : public google::protobuf::io::ErrorCollector
{
public:
    explicit Collector(const QString &fileName) : m_fileName(fileName) {}
    void AddError(int line, google::protobuf::io::ColumnNumber column, const std::string &message) override
    {
        // The parser counts from 0.
        m_lines.append(QStringLiteral("%1:%2:%3: %4").arg(m_fileName).arg(line + 1).arg(column + 1)
                           .arg(QString::fromStdString(message)));
    }
    void AddWarning(int, google::protobuf::io::ColumnNumber, const std::string &) override {}
    QString text() const { return m_lines.join(QLatin1Char('\n')); }

private:
    QString m_fileName;
    QStringList m_lines;
};

} // namespace

bool parseTextProto(const QByteArray &text, const QString &fileName, google::protobuf::Message *message,
                    QString *error)
{
    Collector collector(fileName);
    google::protobuf::TextFormat::Parser parser;
    parser.RecordErrorsTo(&collector);
    if (parser.ParseFromString(text.toStdString(), message))
        return true;
    if (error) {
        *error = collector.text();
        if (error->isEmpty())
            *error = TextProto::tr("%1: not valid Protobuf text format").arg(fileName);
    }
    return false;
}

bool loadTextProto(const QString &path, google::protobuf::Message *message, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = TextProto::tr("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    return parseTextProto(file.readAll(), path, message, error);
}

} // namespace mailha
