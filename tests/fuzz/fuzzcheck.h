// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailha::fuzz {

/// Every fuzz target: the nine probe parsers by technology name, then
/// "clusterfile", "runbook", "scenario", "recording" and "journal".
/// tests/fuzz/corpus/<target>/ and tests/fuzz/regressions/<target>/ use these names.
QStringList targets();

/// Feeds `input` to `target` the way its libFuzzer entry point does and checks
/// the target's invariants. Returns an empty string when they hold, otherwise
/// which one broke; a crash or sanitizer report is, of course, a finding too.
/// The fuzzers abort on a non-empty answer; tst_fuzzregressions replays the
/// corpus and every saved crash through this same function in the normal build.
///
/// Input layouts: a probe gets its first command's output, and the bytes after
/// the first \x01 as the second command's (mysql). The text loaders get the
/// file as is. "recording" takes, after a first byte that selects the mode
/// (its value modulo 3): 0, a whole file; 1, the uncompressed entry stream of
/// one frame, compressed and checksummed here so that mutations reach the
/// entry decoder past the CRC; 2, a frame's compressed payload, checksummed
/// here, so that they reach the decompressor.
/// "journal" takes the journal file, and after the first \x01 its head file.
///
/// Not thread-safe (recording and journal use files in one private directory).
QString checkInput(const QString &target, const QByteArray &input);

} // namespace mailha::fuzz
