"""Could the joint position sweep, with its sin/cos, go much faster over many games in lanes?

    python benchmarks/bench_position_sweep.py [--games 256]

A measurement behind docs/ENGINE.md ("Why not 10x"): one position sweep over the runner's 11
joints (``joints.solve_position``: the point correction, then the limit, and the rotations of the
moved bodies), on states taken from N games after 40 updates of random keys, repeated; the figure
is ns per joint solve per game, the median of 9 timings.

* ``kernel``: the kernel's own ``solve_position``, one game after another, with the C library's
  sin/cos (computed lazily, as in the step): what the step does now (without the lockstep pair).
* ``lanes``: the game axis last, the sweep's source generated for the runner's joints (every offset
  and constant fixed at compile time, so that LLVM vectorises across games), the limit's three
  cases computed on every lane and selected, and a sin/cos of our own without branches or calls
  (``trig.own_sincos``, the "fast-approx" engine's): an upper bound of what the array-program
  route could give this part of the step.

Both compute the same expressions; the lanes' sin/cos differs from glibc's in the last bits, so
the script reports the largest difference of the two sweeps' results instead of asserting bits.
"""

from __future__ import annotations

import argparse
import math
import time

import numpy as np
from common import machine, median_seconds
from numba import njit

from rlqwop.game import spec
from rlqwop.game.fast import FastWorlds
from rlqwop.game.fast.joints import solve_position
from rlqwop.game.fast.layout import (ANG, ANGULAR_SLOP, AT_LOWER_LIMIT, AT_UPPER_LIMIT, CX, CY,
                                     DIRTY, EQUAL_LIMITS, INACTIVE_LIMIT, J_ENABLE_LIMIT,
                                     J_LIMIT_POS_IMPULSE, J_LOWER, J_MOTOR_MASS, J_STATE, J_UPPER,
                                     JK_A, JK_B, JK_LAX, JK_LAY, JK_LBX, JK_LBY, JK_REF, K_INVI,
                                     K_INVMASS, LINEAR_SLOP, MAX_ANGULAR_CORRECTION)
from rlqwop.game.fast.trig import own_sincos

RUNNER_JOINTS = range(1, 12)
BODY_FIELDS = (CX, CY, ANG)
JOINT_FIELDS = (J_STATE, J_ENABLE_LIMIT, J_MOTOR_MASS, J_LOWER, J_UPPER, J_LIMIT_POS_IMPULSE)

@njit(cache=True, _nrt=False, inline="always", error_model="numpy")
def _solve(xa, ya, aa, xb, yb, ab, state, enabled, mass, lower, upper, lpi,
           m1, m2, i1, i2, lax, lay, lbx, lby, ref):
    """``joints.solve_position``'s expressions on scalars, every limit case computed and selected."""
    sa, ca = own_sincos(aa)
    r1x = ca * lax - sa * lay
    r1y = sa * lax + ca * lay
    sb, cb = own_sincos(ab)
    r2x = cb * lbx - sb * lby
    r2y = sb * lbx + cb * lby
    ex = (xb + r2x) - (xa + r1x)
    ey = (yb + r2y) - (ya + r1y)
    position_error = math.sqrt(ex * ex + ey * ey)
    a11 = m1 + m2 + i1 * r1y * r1y + i2 * r2y * r2y
    a12 = 0.0 + -i1 * r1x * r1y + -i2 * r2x * r2y
    a22 = m1 + m2 + i1 * r1x * r1x + i2 * r2x * r2x
    det = 1.0 / (a11 * a22 - a12 * a12)
    ix = det * (a22 * -ex - a12 * -ey)
    iy = det * (a11 * -ey - a12 * -ex)
    xa -= m1 * ix
    ya -= m1 * iy
    aa -= i1 * (r1x * iy - r1y * ix)
    xb += m2 * ix
    yb += m2 * iy
    ab += i2 * (r2x * iy - r2y * ix)
    angle = ab - aa - ref
    # the three limit cases, each on every lane, then selected (branches would stop vectorising)
    c_eq = angle if angle < MAX_ANGULAR_CORRECTION else MAX_ANGULAR_CORRECTION
    c_eq = -MAX_ANGULAR_CORRECTION if -MAX_ANGULAR_CORRECTION > c_eq else c_eq
    c_lo = angle - lower
    err_lo = 0.0 if 0.0 > -c_lo else -c_lo
    c = c_lo + ANGULAR_SLOP
    c = c if c < 0.0 else 0.0
    c = -MAX_ANGULAR_CORRECTION if -MAX_ANGULAR_CORRECTION > c else c
    new_lo = lpi + -mass * c
    new_lo = new_lo if new_lo > 0.0 else 0.0
    c_up = angle - upper
    err_up = 0.0 if 0.0 > c_up else c_up
    c = c_up - ANGULAR_SLOP
    c = c if c < MAX_ANGULAR_CORRECTION else MAX_ANGULAR_CORRECTION
    c = 0.0 if 0.0 > c else c
    new_up = lpi + -mass * c
    new_up = new_up if new_up < 0.0 else 0.0
    on = (enabled != 0.0) & (state != INACTIVE_LIMIT)
    equal, at_lower, at_upper = on & (state == EQUAL_LIMITS), on & (state == AT_LOWER_LIMIT), \
        on & (state == AT_UPPER_LIMIT)
    impulse = -mass * c_eq if equal else new_lo - lpi if at_lower else new_up - lpi if at_upper \
        else 0.0
    angular_error = abs(c_eq) if equal else err_lo if at_lower else err_up if at_upper else 0.0
    lpi = new_lo if at_lower else new_up if at_upper else lpi
    aa -= i1 * impulse
    ab += i2 * impulse
    ok = 1.0 if (position_error <= LINEAR_SLOP) & (angular_error <= ANGULAR_SLOP) else 0.0
    return xa, ya, aa, xb, yb, ab, lpi, ok


def generated(games: int, bt: np.ndarray, jt: np.ndarray):
    """The lanes' sweep for the runner's joints: ``sweep(p, ok)`` over a flat state ``p`` (body
    fields, then joint fields, a row of ``games`` each) and a per-game all-within-slops flag (1.0
    or 0.0)."""
    def body(i, f):
        return (i * len(BODY_FIELDS) + f) * games

    def joint(n, f):
        return (spec.N_BODIES * len(BODY_FIELDS) + n * len(JOINT_FIELDS) + f) * games

    lines = ["def sweep(p, ok):"]
    for n, k in enumerate(RUNNER_JOINTS):
        a, b = int(jt[k, JK_A]), int(jt[k, JK_B])
        bodies = ", ".join(f"p[{body(i, f)} + g]" for i in (a, b) for f in range(3))
        state = ", ".join(f"p[{joint(n, f)} + g]" for f in range(len(JOINT_FIELDS)))
        constants = ", ".join(repr(float(x)) for x in (
            bt[a, K_INVMASS], bt[b, K_INVMASS], bt[a, K_INVI], bt[b, K_INVI],
            jt[k, JK_LAX], jt[k, JK_LAY], jt[k, JK_LBX], jt[k, JK_LBY], jt[k, JK_REF]))
        lines += [f"    for g in range({games}):",
                  f"        out = _solve({bodies}, {state}, {constants})",
                  f"        {bodies} = out[0], out[1], out[2], out[3], out[4], out[5]",
                  f"        p[{joint(n, len(JOINT_FIELDS) - 1)} + g] = out[6]",
                  "        ok[g] = ok[g] * out[7]"]
    namespace = {"_solve": _solve}
    exec("\n".join(lines), namespace)
    # numpy's error model: no zero-division check (a branch and a call) in the loop
    return njit(_nrt=False, error_model="numpy")(namespace["sweep"])


# Not cached: numba keys a cache on this file alone, so a cached loop would keep running the
# kernel it was first compiled with after the package's kernel changed.
@njit(_nrt=False)
def kernel_sweeps(b, j, jt, bt, ok, times):
    for _ in range(times):
        for g in range(b.shape[0]):
            done = True
            for k in range(1, 12):
                done = solve_position(b[g], j[g], jt, bt, k) and done
            ok[g] = done


@njit(_nrt=False)
def lane_sweeps(sweep, p, ok, times):
    for _ in range(times):
        ok[:] = 1.0
        sweep(p, ok)


def to_lanes(b: np.ndarray, j: np.ndarray) -> np.ndarray:
    bodies = b[:, :spec.N_BODIES][:, :, list(BODY_FIELDS)].transpose(1, 2, 0)
    joints = j[:, 1:12][:, :, list(JOINT_FIELDS)].transpose(1, 2, 0)
    return np.concatenate([bodies.ravel(), joints.ravel()])


def from_lanes(p: np.ndarray, games: int) -> tuple[np.ndarray, np.ndarray]:
    split = spec.N_BODIES * len(BODY_FIELDS) * games
    bodies = p[:split].reshape(spec.N_BODIES, len(BODY_FIELDS), games).transpose(2, 0, 1)
    joints = p[split:].reshape(11, len(JOINT_FIELDS), games).transpose(2, 0, 1)
    return bodies, joints


def states(games: int) -> FastWorlds:
    """N games after 40 updates of random keys, held 4 updates each (bench_engine's controls)."""
    from bench_engine import hold_random_keys

    worlds = FastWorlds(games)
    rng = np.random.default_rng(0)
    for update in range(40):
        if update % 4 == 0:
            hold_random_keys(worlds, rng)
        worlds.step()
    return worlds


def timed(run, times: int, count: int) -> float:
    """ns per item of ``run(times)`` doing ``count`` items each time: the median of 9 timings."""
    def once() -> float:
        start = time.perf_counter()
        run(times)
        return time.perf_counter() - start
    return median_seconds(once, 9) / times / count * 1e9


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--games", type=int, default=256)
    games = parser.parse_args().games
    worlds = states(games)
    bt, jt = worlds.body_table, worlds.joint_table
    b0, j0 = worlds.bodies.copy(), worlds.joints.copy()
    sweep = generated(games, bt, jt)
    limits = np.bincount(j0[:, 1:12, J_STATE].astype(np.int64).ravel(), minlength=4)

    # one sweep each from the same state: how far apart the two are
    b, j, ok_k = b0.copy(), j0.copy(), np.zeros(games, dtype=np.bool_)
    b[:, :, DIRTY] = 1.0
    kernel_sweeps(b, j, jt, bt, ok_k, 1)
    p, ok_l = to_lanes(b0, j0), np.zeros(games)
    lane_sweeps(sweep, p, ok_l, 1)
    lane_b, lane_j = from_lanes(p, games)
    body_diff = np.abs(lane_b - b[:, :spec.N_BODIES][:, :, list(BODY_FIELDS)]).max()
    impulse_diff = np.abs(lane_j[:, :, -1] - j[:, 1:12, J_LIMIT_POS_IMPULSE]).max()
    within = int(ok_k.sum()), int(ok_l.sum())

    times = max(1, 64_000 // games)
    kernel_ns = timed(lambda n: kernel_sweeps(b, j, jt, bt, ok_k, n), times, games * 11)
    lanes_ns = timed(lambda n: lane_sweeps(sweep, p, ok_l, n), times, games * 11)
    print(machine())
    print(f"joint position sweep, {games} games after 40 updates of random keys (limit states "
          f"inactive/lower/upper/equal: {'/'.join(str(x) for x in limits)}): ns per joint solve "
          f"per game, median of 9")
    print(f"kernel (glibc sin/cos, lazy)  {kernel_ns:6.2f}")
    print(f"lanes (generated, own sin/cos) {lanes_ns:6.2f}   {kernel_ns / lanes_ns:.1f}x")
    print(f"after one sweep from the same state: bodies differ by at most {body_diff:.1e}, "
          f"limit impulses by {impulse_diff:.1e}; all within the slops: kernel {within[0]}, "
          f"lanes {within[1]} of {games}")


if __name__ == "__main__":
    main()
