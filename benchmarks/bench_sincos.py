"""The kernel's sine and cosine, nanoseconds per angle: glibc's computed in the kernel, the C
library's ``sincos`` called per angle, and the engine's own (``"fast-approx"``).

    python benchmarks/bench_sincos.py [--rounds 9] [--range 5]

Each variant refreshes two bodies' rows of ``lanes.LANES`` lanes (16 until 2026-11-27), as the
lanes' sweeps do (``lb``, bodies chosen in turn), 200,000 rows per timing; rounds alternate the
variants and the medians are reported with each one's ratio to the C library's in the same rounds.
Angles uniform in [-range, range] (the runner's bodies: 40 % beyond 2.43 after 600 updates of
random keys).
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
from numba import njit

from common import machine
from rlqwop.game.fast import lanes, trig
from rlqwop.game.fast.layout import ANG, N_BODY

LANES = lanes.LANES


@njit(cache=False, _nrt=False, error_model="numpy")
def _kernel(lb, rows):
    """lanes.glibc_rotations, the sweeps' out-of-line loop."""
    for r in range(rows // 2):
        lanes.glibc_rotations(lb, r % N_BODY, (r + 1) % N_BODY, lanes.LANES)


@njit(cache=False, _nrt=False, inline="always")
def _c_library_sincos(x):
    return trig.libm_sincos(x)


def _per_angle(sincos):
    """A loop of ``sincos`` over each angle in the two bodies' rows (compiled with ``sincos`` as a
    constant, so LLVM inlines it, and vectorises a branch-free one)."""
    @njit(cache=False, _nrt=False, error_model="numpy")
    def run(lb, rows):
        for r in range(rows // 2):
            for body in (r % N_BODY, (r + 1) % N_BODY):
                ang, sin, cos = lanes.rotation_rows(body)
                for g in range(LANES):
                    lb[sin + g], lb[cos + g] = sincos(lb[ang + g])
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--range", type=float, default=5.0)
    args = parser.parse_args()
    lb = np.zeros(lanes.LB_SIZE)
    lb[ANG * N_BODY * LANES:(ANG + 1) * N_BODY * LANES] = np.random.default_rng(0).uniform(
        -args.range, args.range, N_BODY * LANES)
    variants = {"glibc's, computed in the kernel (lanes.glibc_rotations)": _kernel,
                "the C library's sincos, one call per angle": _per_angle(_c_library_sincos),
                "the engine's own (fast-approx), vectorised": _per_angle(trig.own_sincos)}
    rows = 200_000
    for run in variants.values():
        run(lb, 2)
    times = {name: [] for name in variants}
    for _ in range(args.rounds):
        for name, run in variants.items():
            start = time.perf_counter()
            run(lb, rows)
            times[name].append((time.perf_counter() - start) / (rows * LANES) * 1e9)
    print(machine())
    print(f"angles uniform in [-{args.range:g}, {args.range:g}], rows of {LANES} lanes, {args.rounds} rounds\n")
    print("| sin and cos | ns per angle (median) | against the C library's |\n|---|---|---|")
    base = statistics.median(times["the C library's sincos, one call per angle"])
    for name, ts in times.items():
        print(f"| {name} | {statistics.median(ts):.2f} | {base / statistics.median(ts):.2f}x |")


if __name__ == "__main__":
    main()
