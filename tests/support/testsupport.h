// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"
#include "events.pb.h"
#include "sample.pb.h"

#include <QByteArray>
#include <QString>
#include <QtTest/QTest>

class QProcess;

namespace mailha::test {

/// Absolute path of a file under tests/fixtures.
QString fixturePath(const QString &relative);
/// Contents of a fixture; fails the test (QFAIL-style message) if missing.
QByteArray readFixture(const QString &relative);
/// Gives `path` to an OS user (the server programs' own, e.g. "postgres"
/// or "mysql", which refuse to run as root); false if that fails.
bool chownToUser(const QString &path, const char *user);
/// A TCP port on 127.0.0.1 that was free a moment ago.
quint16 freeLoopbackPort();
/// Writes `<dir>/loopback.textproto`: one HOST node on 127.0.0.1 at a port
/// where nothing listens, so opening it connects nowhere. Returns its path,
/// empty if it could not be written.
QString writeUnreachableClusterFile(const QString &dir);
/// Writes `content` to `<dir>/<name>` (a test's temporary file). Returns its
/// path, empty if it could not be written.
QString writeFile(const QString &dir, const QString &name, const QByteArray &content);
/// The whole of a file a test wrote or a program under test produced; empty
/// if it cannot be read.
QByteArray readWholeFile(const QString &path);
/// The first directory in `candidates` holding `program`, or the PATH lookup.
QString findProgram(const QString &program, const QStringList &extraDirs = {});

/// A server the test starts ends with the test, even when the test is killed
/// (a CTest timeout, a sanitizer abort): the child gets SIGTERM when we die.
void endsWithTest(QProcess &process);

/// Protobuf messages compare and print through their text format, so a
/// failing QCOMPARE shows both values.
QString toText(const google::protobuf::Message &message);

} // namespace mailha::test

namespace mailha {
char *toString(const Role &role);
char *toString(const Health &health);
} // namespace mailha
