"""The long check of the lanes' sin/cos against glibc's (tests/game/test_trig.py runs a short one).

    python benchmarks/check_trig.py [--batches 100] [--seed 7]

For ``--batches`` x 10^7 uniform random angles in each of three ranges, counts the angles for which
``trig.sincos_checked`` says it is certain, and among them those whose sin or cos differs from
glibc's (``math.sin``/``math.cos`` in numba). Any such angle would break the engine's bit-exactness
and is a bug: the argument of trig.py (glibc's documented error bound) would be wrong there.
About 50 s per 10^9 angles on this machine.
"""

from __future__ import annotations

import argparse
import math
import time

import numpy as np
from numba import njit

from rlqwop.game.fast.trig import sincos_checked

RANGES = ((-0.9, 0.9), (-7.0, 7.0), (-60.0, 60.0))


@njit
def _count(xs):
    certain = differ = 0
    for x in xs:
        sin, cos, sure = sincos_checked(x)
        if sure:
            certain += 1
            if sin != math.sin(x) or cos != math.cos(x):
                differ += 1
    return certain, differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, default=100, help="batches of 10^7 angles per range")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    for low, high in RANGES:
        start, total, certain, differ = time.time(), 0, 0, 0
        for _ in range(args.batches):
            xs = rng.uniform(low, high, 10_000_000)
            c, d = _count(xs)
            total, certain, differ = total + xs.size, certain + c, differ + d
        print(f"[{low}, {high}]: {total:.3g} angles, certain {certain / total:.4f}, "
              f"certain but not glibc's: {differ} ({time.time() - start:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
