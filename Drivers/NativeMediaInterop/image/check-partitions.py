#!/usr/bin/env python3
"""Checks that a nanoCLR image and the app's .pe files fit the ESP32 partition table they are flashed with.
factory (the image) and deploy (the managed assemblies) must each keep at least 10 % free: esp32-camera and the
native media path add to nanoCLR, and a later release should not be the one that stops fitting.
Usage: check-partitions.py <partitions_nanoclr_*.csv> <nanoCLR.bin> [app .pe files...]   exit 0 fits, 1 does not."""
import os, sys

MARGIN = 0.10


def partitions(path):
    table = {}
    for line in open(path):
        line = line.split('#', 1)[0].strip()
        if not line:
            continue
        fields = [f.strip() for f in line.split(',')]
        table[fields[0]] = int(fields[4], 0)
    return table


def check(name, size, capacity):
    free = capacity - size
    ok = free >= MARGIN * capacity
    print('%-8s %9d of %9d bytes, %5.1f %% free  %s' % (name, size, capacity, 100.0 * free / capacity, 'ok' if ok else 'TOO BIG'))
    return ok


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    table = partitions(argv[1])
    ok = check('factory', os.path.getsize(argv[2]), table['factory'])
    if len(argv) > 3:
        ok = check('deploy', sum(os.path.getsize(p) for p in argv[3:]), table['deploy']) and ok
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
