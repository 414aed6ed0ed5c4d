#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the binary seeds of tests/fuzz/corpus/recording/ and journal/, which
# cannot carry a comment of their own. They are built from the documented
# formats (models/recording/recording.h, models/runbook/journal.h): protoc
# encodes the entries from text, zlib and hashlib do the rest. The text seeds
# of the other targets are copies of resources/ and tests/fixtures/probes/.
# Usage: tests/fuzz/makeseeds.py (from anywhere; needs protoc).
import hashlib
import json
import os
import struct
import subprocess
import zlib

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
corpus = os.path.join(root, 'tests', 'fuzz', 'corpus')
proto = os.path.join(root, 'models', 'proto')


def encode(text):
    return subprocess.run(['protoc', '--encode=mailha.RecordEntry', '-I', proto, os.path.join(proto, 'recording.proto')],
                          input=text.encode(), capture_output=True, check=True).stdout


def varint(n):
    out = b''
    while n >= 0x80:
        out += bytes([(n & 0x7f) | 0x80])
        n >>= 7
    return out + bytes([n])


def qcompress(data):  # Qt's qCompress(): big-endian length, then a zlib stream
    return struct.pack('>I', len(data)) + zlib.compress(data)


def frame(payload):
    return struct.pack('<II', len(payload), zlib.crc32(payload) & 0xffffffff) + payload


def write(target, name, data):
    os.makedirs(os.path.join(corpus, target), exist_ok=True)
    with open(os.path.join(corpus, target, name), 'wb') as f:
        f.write(data)


def recordings():
    with open(os.path.join(root, 'resources', 'clusters', 'lab.textproto')) as f:
        spec = f.read()
    header = encode('header { format_version: 1 spec {\n%s\n} started_ms: 1767600000000 lab: true lab_seed: 1 '
                    'recorded_by: "fuzz" application_version: "0.1.0" }' % spec)
    sample = encode('sample { node_id: "db-a" time_ms: 1767600001000 reachability: REACHABLE round_trip_ms: 1.5 '
                    'raw { key: "postgres" value: "t|0/3000060" } '
                    'services { service_id: "db-a-pg" technology: POSTGRES role: ACTIVE health: OK detail: "primary" } }')
    event = encode('event { time_ms: 1767600002000 kind: OPERATOR_ACTION severity: INFO node_id: "db-a" '
                   'message: "switchover" actor: "alice" }')
    head = varint(len(header)) + header
    rest = b''.join(varint(len(e)) + e for e in (sample, event, sample))
    magic = b'MAILHA-REC\x01'
    # The first byte selects the fuzzer's mode (fuzzcheck.h).
    write('recording', 'raw-two-frames.rec', b'\x00' + magic + frame(qcompress(head)) + frame(qcompress(rest)))
    write('recording', 'raw-cut-frame.rec', b'\x00' + magic + frame(qcompress(head + rest))[:-7])
    write('recording', 'entries.bin', b'\x01' + head + rest)
    write('recording', 'compressed-payload.bin', b'\x02' + qcompress(head + rest))


def journals():
    entries = [
        {'phase': 'RUN_STARTED', 'runId': 'r1', 'runbook': 'postgres-switchover', 'lab': True,
         'parameters': {'candidate': 'db-b'},
         'plan': [{'index': 1, 'stepId': 'promote', 'title': 'Promote', 'kind': 2, 'node': 'db-b',
                   'argv': ['pg_ctl', 'promote', '-D', '/var/lib/postgresql/15/main'],
                   'command': 'pg_ctl promote -D /var/lib/postgresql/15/main'}]},
        {'phase': 'STEP_STARTED', 'runId': 'r1', 'stepIndex': 1, 'stepId': 'promote', 'target': 'db-b',
         'command': 'pg_ctl promote -D /var/lib/postgresql/15/main'},
        {'phase': 'STEP_FINISHED', 'runId': 'r1', 'stepIndex': 1, 'stepId': 'promote', 'target': 'db-b',
         'exitStatus': 0, 'ok': True, 'durationS': 0.25, 'stepState': 'done'},
        {'phase': 'OVERRIDE', 'runId': 'r1', 'stepIndex': -1, 'reason': 'lag check overridden: maintenance window'},
        {'phase': 'RUN_FINISHED', 'runId': 'r1', 'stepIndex': -1, 'ok': True},
    ]
    prev = '0' * 64
    lines = []
    for seq, e in enumerate(entries, 1):
        body = dict(e, seq=str(seq), timeMs=str(1767600000000 + seq * 1000), operator='alice', cluster='lab',
                    prevHash=prev)
        text = json.dumps(body, separators=(',', ':')).encode()
        prev = hashlib.sha256(text).hexdigest()
        lines.append(prev.encode() + b'\t' + text + b'\n')
    whole = b''.join(lines)
    head = b'%d %s\n' % (len(lines), prev.encode())
    # The journal, then \x01 and its head file.
    write('journal', 'sound.journal', whole + b'\x01' + head)
    write('journal', 'no-head.journal', whole)
    write('journal', 'truncated.journal', b''.join(lines[:-1]) + b'\x01' + head)
    write('journal', 'edited.journal', whole.replace(b'maintenance', b'Maintenance') + b'\x01' + head)
    write('journal', 'torn-last-line.journal', whole[:-20])


recordings()
journals()
