// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for one target, chosen at build time by
// MAILHA_FUZZ_TARGET ("postfix", "clusterfile", ...; see fuzzcheck.h). A
// broken invariant aborts with its description, so libFuzzer saves the input
// like any crash.
#include "fuzzcheck.h"

#include <google/protobuf/stubs/logging.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Protobuf logs every rejected binary message (bad UTF-8 and the like) to
// stderr; at thousands of inputs a second that drowns the fuzzer's output.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    google::protobuf::SetLogHandler(nullptr);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString target = QStringLiteral(MAILHA_FUZZ_TARGET);
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString broken = mailha::fuzz::checkInput(target, input);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "fuzz_%s: invariant broken: %s\n", MAILHA_FUZZ_TARGET, qPrintable(broken));
        std::abort();
    }
    return 0;
}
