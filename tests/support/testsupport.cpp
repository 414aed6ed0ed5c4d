// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/names.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

#include <google/protobuf/text_format.h>

#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <csignal>

namespace mailha::test {

QString fixturePath(const QString &relative)
{
    return QDir(QStringLiteral(MAILHA_TEST_FIXTURES)).filePath(relative);
}

QByteArray readFixture(const QString &relative)
{
    QFile file(fixturePath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("fixture %s is missing", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

bool chownToUser(const QString &path, const char *user)
{
    const passwd *pw = ::getpwnam(user);
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QString writeUnreachableClusterFile(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("loopback.textproto"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral("name: \"loopback\"\nsites { id: \"a\" }\n"
                           "groups { id: \"host\" technology: HOST pattern: ACTIVE_ACTIVE }\n"
                           "nodes { id: \"n1\" site: \"a\" host: \"127.0.0.1\" port: %1\n"
                           "  services { id: \"host\" group: \"host\" technology: HOST } }\n")
                .arg(freeLoopbackPort())
                .toUtf8());
    return f.error() == QFile::NoError ? path : QString();
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.flush())
        return {};
    return path;
}

QByteArray readWholeFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString findProgram(const QString &program, const QStringList &extraDirs)
{
    for (const QString &dir : extraDirs) {
        const QString path = QDir(dir).filePath(program);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    QString found = QStandardPaths::findExecutable(program);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(program, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return found;
}

QString toText(const google::protobuf::Message &message)
{
    std::string text;
    google::protobuf::TextFormat::PrintToString(message, &text);
    return QString::fromStdString(text);
}

void endsWithTest(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

} // namespace mailha::test

namespace mailha {
char *toString(const Role &role)
{
    return qstrdup(qPrintable(roleName(role)));
}
char *toString(const Health &health)
{
    return qstrdup(qPrintable(healthName(health)));
}
} // namespace mailha
