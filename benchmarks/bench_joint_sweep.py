"""How fast can the runner's joint velocity sweep go over many games, laid out four ways?

    python benchmarks/bench_joint_sweep.py [--games 256]

A micro-benchmark behind docs/ENGINE.md ("What did not help"): one velocity sweep over the runner's
11 joints (the point constraint and the motor of ``joints.solve_velocity``, the limit left out),
with the runner's real joint table and masses and random states, repeated; the figure is ns per
joint solve per game, the median of 9 timings.

* ``interleaved L``: the kernel's way, each game's state together, L games interleaved joint by
  joint (L = 2 is the lockstep pair of ``step_all``): independent dependency chains, scalar code.
* ``rows``: the game axis last (one row of games per field, the layout of a GPU port), each joint's
  two bodies chosen at run time and passed as row views.
* ``generated``: the same layout with every offset a compile-time constant, the sweep's source
  generated for the runner's joint order; the only one LLVM vectorises across games.
* ``tiles``: each game's bodies kept together (as in the kernel), the joints' state with the game
  axis last in groups of 16 games; per joint, the two bodies' velocities of the group are gathered
  into a small tile, solved there, and scattered back.

Every layout gives the same bits (checked before timing): vectorising changes no operation.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
from common import machine
from numba import njit

from rlqwop.game.fast import FastWorlds
from rlqwop.game.fast.layout import JK_A, JK_B, JK_MAX_TORQUE, K_INVI, K_INVMASS

DT, INV_DT = 0.04, 25.0
# per joint: arms, the point matrix, the motor's mass, speed, force, enable; force accumulators
R1X, R1Y, R2X, R2Y, PM11, PM12, PM21, PM22, MM, SPEED, MF, EM, PFX, PFY = range(14)
JF = 14
VX, VY, W = range(3)


def runner_joints():
    """(a, b, 1/m_a, 1/m_b, 1/I_a, 1/I_b, max torque) of the runner's 11 joints, in table order."""
    worlds = FastWorlds(1)
    bt, jt = worlds.body_table, worlds.joint_table
    rows = []
    for k in range(1, 12):
        a, b = int(jt[k, JK_A]), int(jt[k, JK_B])
        rows.append((a, b, *(float(x) for x in (bt[a, K_INVMASS], bt[b, K_INVMASS], bt[a, K_INVI],
                                                bt[b, K_INVI], jt[k, JK_MAX_TORQUE]))))
    return rows


JOINTS = runner_joints()
TABLE = np.array([[r[2], r[3], r[4], r[5], r[6]] for r in JOINTS])
PAIRS = np.array([[r[0], r[1]] for r in JOINTS], dtype=np.int64)


@njit(cache=True, _nrt=False, inline="always")
def _solve(vxa, vya, wa, vxb, vyb, wb, r1x, r1y, r2x, r2y, pm11, pm12, pm21, pm22, mm, speed, mf,
           em, pfx, pfy, m1, m2, i1, i2, mt):
    """One joint's point and motor solve (joints.solve_velocity's expressions), on scalars."""
    cdx = vxb + -wb * r2y - vxa - -wa * r1y
    cdy = vyb + wb * r2x - vya - wa * r1x
    fx = -INV_DT * (pm11 * cdx + pm12 * cdy)
    fy = -INV_DT * (pm21 * cdx + pm22 * cdy)
    px = DT * fx
    py = DT * fy
    vxa -= m1 * px
    vya -= m1 * py
    wa -= i1 * (r1x * py - r1y * px)
    vxb += m2 * px
    vyb += m2 * py
    wb += i2 * (r2x * py - r2y * px)
    new = mf + -INV_DT * mm * (wb - wa - speed)
    new = new if new < mt else mt
    new = -mt if -mt > new else new
    force = new - mf if em != 0.0 else 0.0
    mf = new if em != 0.0 else mf
    return (vxa, vya, wa - i1 * DT * force, vxb, vyb, wb + i2 * DT * force, mf, pfx + fx, pfy + fy)


def interleaved(lanes: int):
    """The sweep with ``lanes`` games interleaved; b (groups, 12, 3, lanes), j (groups, 11, 14, lanes)."""
    @njit(_nrt=False)
    def sweep(b, j, pairs, t):
        for group in range(b.shape[0]):
            bg, jg = b[group], j[group]
            for k in range(pairs.shape[0]):
                a, c = pairs[k, 0], pairs[k, 1]
                for g in range(lanes):
                    jk = jg[k]
                    out = _solve(bg[a, VX, g], bg[a, VY, g], bg[a, W, g], bg[c, VX, g], bg[c, VY, g],
                                 bg[c, W, g], jk[R1X, g], jk[R1Y, g], jk[R2X, g], jk[R2Y, g],
                                 jk[PM11, g], jk[PM12, g], jk[PM21, g], jk[PM22, g], jk[MM, g],
                                 jk[SPEED, g], jk[MF, g], jk[EM, g], jk[PFX, g], jk[PFY, g],
                                 t[k, 0], t[k, 1], t[k, 2], t[k, 3], t[k, 4])
                    bg[a, VX, g], bg[a, VY, g], bg[a, W, g] = out[0], out[1], out[2]
                    bg[c, VX, g], bg[c, VY, g], bg[c, W, g] = out[3], out[4], out[5]
                    jk[MF, g], jk[PFX, g], jk[PFY, g] = out[6], out[7], out[8]
    return sweep


@njit(_nrt=False)
def _joint_rows(vxa, vya, wa, vxb, vyb, wb, jk, m1, m2, i1, i2, mt):
    for g in range(vxa.shape[0]):
        out = _solve(vxa[g], vya[g], wa[g], vxb[g], vyb[g], wb[g], jk[R1X, g], jk[R1Y, g],
                     jk[R2X, g], jk[R2Y, g], jk[PM11, g], jk[PM12, g], jk[PM21, g], jk[PM22, g],
                     jk[MM, g], jk[SPEED, g], jk[MF, g], jk[EM, g], jk[PFX, g], jk[PFY, g],
                     m1, m2, i1, i2, mt)
        vxa[g], vya[g], wa[g], vxb[g], vyb[g], wb[g] = out[0], out[1], out[2], out[3], out[4], out[5]
        jk[MF, g], jk[PFX, g], jk[PFY, g] = out[6], out[7], out[8]


@njit(_nrt=False)
def rows(b, j, pairs, t):
    """Game axis last, b (3, 12, games), j (11, 14, games); bodies chosen at run time."""
    for k in range(pairs.shape[0]):
        a, c = pairs[k, 0], pairs[k, 1]
        _joint_rows(b[VX, a], b[VY, a], b[W, a], b[VX, c], b[VY, c], b[W, c], j[k],
                    t[k, 0], t[k, 1], t[k, 2], t[k, 3], t[k, 4])


def generated(games: int):
    """Game axis last, flat; the sweep's source written out for the runner's joints, every offset
    and every mass a constant."""
    def at(field, row, rows_per_field):
        return (field * rows_per_field + row) * games

    lines = ["def sweep(b, j, pairs, t):"]
    for k, (a, c, m1, m2, i1, i2, mt) in enumerate(JOINTS):
        body = ", ".join(f"b[{at(f, i, 12)} + g]" for i in (a, c) for f in (VX, VY, W))
        joint = ", ".join(f"j[{(k * JF + f) * games} + g]" for f in range(JF))
        lines += [f"    for g in range({games}):",
                  f"        out = _solve({body}, {joint}, {m1!r}, {m2!r}, {i1!r}, {i2!r}, {mt!r})",
                  f"        {body} = out[0], out[1], out[2], out[3], out[4], out[5]",
                  f"        j[{(k * JF + MF) * games} + g] = out[6]",
                  f"        j[{(k * JF + PFX) * games} + g] = out[7]",
                  f"        j[{(k * JF + PFY) * games} + g] = out[8]"]
    namespace = {"_solve": _solve}
    exec("\n".join(lines), namespace)
    return njit(_nrt=False)(namespace["sweep"])


TILE = 16  # games per group of ``tiles``


@njit
def tiles(b, j, pairs, t):
    """b (games, 12, 3); j (groups, 11 * 14 * TILE), the game axis last within a group."""
    v = np.empty((6, TILE))  # the tile: the two bodies' velocities, a row of games per field
    for group in range(j.shape[0]):
        first, jg = group * TILE, j[group]
        for k in range(pairs.shape[0]):
            a, c = pairs[k, 0], pairs[k, 1]
            for g in range(TILE):
                for f in range(3):
                    v[f, g] = b[first + g, a, f]
                    v[3 + f, g] = b[first + g, c, f]
            o = k * JF * TILE
            for g in range(TILE):
                x = o + g  # field f of joint k at x + f * TILE
                out = _solve(v[0, g], v[1, g], v[2, g], v[3, g], v[4, g], v[5, g], jg[x + R1X * TILE],
                             jg[x + R1Y * TILE], jg[x + R2X * TILE], jg[x + R2Y * TILE], jg[x + PM11 * TILE], jg[x + PM12 * TILE],
                             jg[x + PM21 * TILE], jg[x + PM22 * TILE], jg[x + MM * TILE], jg[x + SPEED * TILE], jg[x + MF * TILE],
                             jg[x + EM * TILE], jg[x + PFX * TILE], jg[x + PFY * TILE], t[k, 0], t[k, 1], t[k, 2], t[k, 3],
                             t[k, 4])
                v[0, g], v[1, g], v[2, g], v[3, g], v[4, g], v[5, g] = out[0], out[1], out[2], out[3], out[4], out[5]
                jg[x + MF * TILE], jg[x + PFX * TILE], jg[x + PFY * TILE] = out[6], out[7], out[8]
            for g in range(TILE):
                for f in range(3):
                    b[first + g, a, f] = v[f, g]
                    b[first + g, c, f] = v[3 + f, g]


@njit
def repeat(sweep, b, j, pairs, t, times):
    for _ in range(times):
        sweep(b, j, pairs, t)


def layouts(games: int):
    """(name, sweep, a copy of the state in its layout, back to (games, 12, 3) and (games, 11, 14))."""
    def lanes_of(n):
        return (lambda b, j: (b.reshape(games // n, n, 12, 3).transpose(0, 2, 3, 1).copy(),
                              j.reshape(games // n, n, 11, JF).transpose(0, 2, 3, 1).copy()),
                lambda b, j: (b.transpose(0, 3, 1, 2).reshape(games, 12, 3),
                              j.transpose(0, 3, 1, 2).reshape(games, 11, JF)))

    def last_axis(flat):
        def to(b, j):
            b, j = b.transpose(2, 1, 0).copy(), j.transpose(1, 2, 0).copy()
            return (b.ravel(), j.ravel()) if flat else (b, j)
        return to, lambda b, j: (b.reshape(3, 12, games).transpose(2, 1, 0), j.reshape(11, JF, games).transpose(2, 0, 1))

    out = [(f"interleaved {n}", interleaved(n), *lanes_of(n)) for n in (1, 2, 4, 8, 16)]
    out.append(("rows", rows, *last_axis(False)))
    out.append(("generated", generated(games), *last_axis(True)))
    out.append(("tiles", tiles,
                lambda b, j: (b.copy(), j.reshape(games // TILE, TILE, 11, JF).transpose(0, 2, 3, 1)
                              .reshape(games // TILE, -1).copy()),
                lambda b, j: (b, j.reshape(games // TILE, 11, JF, TILE).transpose(0, 3, 1, 2)
                              .reshape(games, 11, JF))))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--games", type=int, default=256, help="a multiple of 16")
    args = parser.parse_args()
    games = args.games
    rng = np.random.default_rng(0)
    b0 = rng.normal(size=(games, 12, 3))
    j0 = rng.normal(size=(games, 11, JF)) * 0.1
    j0[:, :, EM] = rng.integers(0, 2, (games, 11))
    reference = None
    print(machine())
    print(f"joint velocity sweep, {games} games: ns per joint solve per game, median of 9")
    for name, sweep, to, back in layouts(games):
        b, j = to(b0, j0)
        repeat(sweep, b, j, PAIRS, TABLE, 1)
        state = np.concatenate([x.reshape(games, -1) for x in back(b, j)], axis=1)
        if reference is None:
            reference = state
        if not np.array_equal(state, reference):
            raise SystemExit(f"{name}: not the same bits as interleaved 1")
        times = max(1, 256_000 // games)
        seconds = []
        for _ in range(9):
            start = time.perf_counter()
            repeat(sweep, b, j, PAIRS, TABLE, times)
            seconds.append(time.perf_counter() - start)
        print(f"{name:15s} {statistics.median(seconds) / times / games / 11 * 1e9:6.2f}")


if __name__ == "__main__":
    main()
