"""The runner's sweeps over a group of games at once, vectorised across the games.

The runner island's joint order never changes (``ORDER``), so the three joint sweeps of an island
solve (set-up and warm start, one velocity iteration, one position iteration) are written out here
for that order, over the ``LANES`` games of a group laid out with the game axis last (or the first
half of them, ``width``): ``lb`` holds per body ``field`` rows of LANES values, ``lj`` per joint.
So are the runner bodies' own phases (velocity and position integration, sleep timers, the
fixtures' AABBs for the broad-phase). Every offset and every per-joint or per-body constant is a
compile-time constant, which is what lets LLVM vectorise the loop over games. Branches become
selects, and so do the stores (a lane not in the solve keeps its values: the lanes are the games'
own state; written with ``selects.unless_kept``, not as ternaries, which LLVM would make masked
stores: selects.py); the set-up, velocity and position sweeps also come without select stores
(``*_all``), for a pass with every lane of the group in it, the usual case (1.14x the kernel loop);
each game
sees exactly ``joints.py``'s and ``island.py``'s operations in their order, so the bits are the
same (the rotations: glibc's or, for "fast-approx", the engine's own; trig.py). The source is
generated (``source()``) into ``_sweeps.py``, which is committed, and compiled and cached by numba
like the rest of the kernel; ``write_generated()`` rewrites it.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from numba import njit

from rlqwop.game.fast.layout import (
    ANG, ANGULAR_SLOP, AT_LOWER_LIMIT, AT_UPPER_LIMIT, BF, COS, CX, CY, DT, EQUAL_LIMITS,
    INACTIVE_LIMIT, INV_DT, J_ENABLE_LIMIT, J_ENABLE_MOTOR, J_LIMIT_FORCE, J_LIMIT_POS_IMPULSE,
    J_LOWER, J_MOTOR_FORCE, J_MOTOR_MASS, J_PFX, J_PFY, J_PM11, J_PM12, J_PM21, J_PM22, J_R1X,
    J_R1Y, J_R2X, J_R2Y, J_SPEED, J_STATE, J_UPPER, JF, JK_A, JK_B, JK_LAX, JK_LAY, JK_LBX, JK_LBY,
    JK_MAX_TORQUE, JK_REF, K_INVI, K_INVMASS, LINEAR_SLOP, MAX_ANGULAR_CORRECTION, N_BODY, N_JOINT,
    RUNNER_JOINTS, SIN, TRIG, VX, VY, W, body_table, joint_settings, joint_table, A0, AABB_EXTENSION,
    AABB_LX,
    AABB_LY, AABB_MULTIPLIER, AABB_UX, AABB_UY, ANGULAR_SLEEP_TOLERANCE_SQUARED, AWAKE, BODY_PAIRS,
    C0X, C0Y, FAT_LX, FAT_LY, FAT_UX, FAT_UY, FX, FY, GRAVITY_Y, K_DYNAMIC, K_HX, K_HY,
    LINEAR_SLEEP_TOLERANCE_SQUARED, MAX_ROTATION, MAX_ROTATION_SQUARED, MAX_TRANSLATION,
    MAX_TRANSLATION_SQUARED, N_RUNNER, PAIR_TABLE, POLYGON_RADIUS, R0C, R0S, SLEEP, TIME_TO_SLEEP,
    TORQUE,
)
from rlqwop.game.fast.trig import glibc_sincos_4, sincos_rows

# A group holds LANES games. Its sweeps cover its first games rounded up to a multiple of 16
# (``width``): a sweep costs what its lanes cost, used or not, and a batch of 16 is common. 32
# rather than 16: the kernel loop 1.10x at N = 256 (the sweeps' and glibc_rotations' costs per
# call spread over twice the games), 0.90x at N = 16 (2026-11-27, 07:00); 64 rather than 32:
# 1.03x at N = 256 and N = 64, but 0.91x for a batch of 40 (48 lanes swept with select stores,
# where 32 + 8 took a full group of 32) (2026-11-27, 14:50; BENCHMARKS.md).
LANES = 64
assert LANES % 16 == 0, "every width is a multiple of 16, so rows of four: glibc_rotations"
ORDER = tuple(int(k) for k in RUNNER_JOINTS)  # the runner island's joint list
# The joints the game creates with their motor off (neck, elbows, ankles) never have it on: the
# engine interface only switches motors off (disable_motor; a test pins it). Their sweeps leave the
# motor out: the same bits (a motor that is off changes nothing), less code and work (no speed-up
# measurable on its own: BENCHMARKS.md, session 19).
MOTORLESS = frozenset(int(k) for k in np.flatnonzero(joint_settings()[:, 2] == 0.0))


def largest_square_within(c: float) -> float:
    """The largest double ``s`` with ``sqrt(s) <= c``. IEEE's square root is correctly rounded,
    hence monotone, so ``sqrt(s) <= c`` exactly when ``s <= largest_square_within(c)``: the
    position sweep's slop test without the square root."""
    s = c * c
    while math.sqrt(np.nextafter(s, np.inf)) <= c:
        s = float(np.nextafter(s, np.inf))
    while math.sqrt(s) > c:
        s = float(np.nextafter(s, -np.inf))
    return float(s)


LINEAR_SLOP_SQUARED = largest_square_within(LINEAR_SLOP)
# The games' body state lives in groups of LANES games, (group, NLF, N_BODY, LANES): per body
# field (the layout's indices) and body a row of LANES values, so that ``lb3[:, :, lane].T`` is a
# game's bodies as the per-game functions index them and the sweeps below read and write the
# lanes in place. Two more rows, kept under body 0: the lane takes part in this sweep; its
# position pass is within the slops (after the solve: its island may fall asleep); and one per
# body (MOVED). The joints' state likewise, (group, JF, N_JOINT, LANES).
ACT, OK = BF, BF + 1
# per runner body: 0.0, or its fixture left its fat AABB in this step's synchronisation and then
# 1 + the sum of 2 ** slot over its pair slots (BODY_PAIRS) with a static body (STATIC_SLOT) whose
# fat AABB overlaps its new one: the overlap tests of kernel.find_new_contacts, done in the lanes
MOVED = BF + 2
NLF = BF + 3
LB_SIZE = NLF * N_BODY * LANES
LJ_SIZE = JF * N_JOINT * LANES
# the runner bodies' pair slots whose other body is static (the track's segments, the wall)
STATIC_SLOT = np.zeros(BODY_PAIRS.shape, dtype=np.bool_)
_DYNAMIC = body_table()[:, K_DYNAMIC]
for _i in range(N_RUNNER):
    for _slot, _p in enumerate(BODY_PAIRS[_i]):
        STATIC_SLOT[_i, _slot] = _p >= 0 and _DYNAMIC[PAIR_TABLE[_p].sum() - _i] == 0.0


@njit(cache=True, _nrt=False, inline="always")
def width(games):
    """How many lanes the sweeps cover for a group of ``games`` games (its first lanes): their
    number rounded up to a multiple of 16 (at most LANES). A sweep costs what its lanes cost, used
    or not, so a batch of 16 games keeps the cost of a 16-lane solve."""
    return min(LANES, (games + 15) // 16 * 16)


def _b_at(field: int, body: int) -> int:
    """Where body ``body``'s row of ``field`` (a layout field index) starts in ``lb``."""
    return (field * N_BODY + body) * LANES


def _j_at(field: int, joint: int) -> int:
    """Where joint ``joint``'s row of ``field`` (a layout field index) starts in ``lj``."""
    return (field * N_JOINT + joint) * LANES


def _b(field: int, body: int) -> str:
    return f"lb[{_b_at(field, body)} + g]"


def _flag(row: int) -> str:
    return _b(row, 0)


def _j(field: int, joint: int) -> str:
    return f"lj[{_j_at(field, joint)} + g]"


def _rotations(lines: list[str], *bodies: int) -> None:
    """The bodies' fresh sin and cos in every lane, as the lanes' TRIG field says: the engine's
    own (trig.own_sincos) in the sweep's code, or glibc's two bodies at a time (glibc_rotations)."""
    lines.append(f"    if lb[{_b_at(TRIG, bodies[0])}] != 0.0:")
    lines.append("        for g in range(n_lanes):")
    for body in bodies:
        lines.append(f"            {_b(SIN, body)}, {_b(COS, body)} = _own_sincos({_b(ANG, body)})")
    lines.append("    else:")
    for k in range(0, len(bodies), 2):
        lines.append(f"        _glibc_rotations(lb, {bodies[k]}, {bodies[k + 1]}, n_lanes)")


@njit(cache=True, _nrt=False, inline="always")
def rotation_rows(body):
    """Where body ``body``'s rows of ANG, SIN and COS start in ``lb`` (``_b_at`` for compiled
    code)."""
    return (ANG * N_BODY + body) * LANES, (SIN * N_BODY + body) * LANES, (COS * N_BODY + body) * LANES


@njit(cache=True, _nrt=False, error_model="numpy")
def glibc_rotations(lb, a, b, n_lanes):
    """Bodies ``a`` and ``b``'s sin and cos from their angles in every lane of a group (``lb``),
    glibc's, four lanes at a time (trig.glibc_sincos_4), kept out of the sweeps' code. Inlined in
    their 57 places it saved about 1 ns of 7 per angle but took the sweeps' compile time from 165
    to 383 s (2026-11-27, BENCHMARKS.md). A lane beyond trig.LARGE (never seen in a run) has the
    C library called for it."""
    far = False
    for body in (a & 31, b & 31):  # (& 31: LLVM then knows the indices are not negative)
        ang, sin, cos = rotation_rows(body)
        for g in range(0, n_lanes, 4):  # (n_lanes, lanes.width: a multiple of 16)
            far |= glibc_sincos_4(lb, ang + g, lb, sin + g, lb, cos + g)
    if far:
        for body in (a, b):
            ang, sin, cos = rotation_rows(body)
            sincos_rows(lb[ang:ang + n_lanes], lb[sin:sin + n_lanes], lb[cos:cos + n_lanes])


def _constants(bt: np.ndarray, jt: np.ndarray, k: int) -> dict[str, str]:
    a, b = int(jt[k, JK_A]), int(jt[k, JK_B])
    c = dict(m1=bt[a, K_INVMASS], m2=bt[b, K_INVMASS], i1=bt[a, K_INVI], i2=bt[b, K_INVI],
             lax=jt[k, JK_LAX], lay=jt[k, JK_LAY], lbx=jt[k, JK_LBX], lby=jt[k, JK_LBY],
             ref=jt[k, JK_REF], mt=jt[k, JK_MAX_TORQUE])
    return {name: f"({float(v)!r})" for name, v in c.items()}


def _joint_loop(lines: list[str], bt: np.ndarray, jt: np.ndarray, k: int):
    """Open joint ``k``'s loop over the lanes; (body a, body b, its constants)."""
    lines.append("    for g in range(n_lanes):")
    return int(jt[k, JK_A]), int(jt[k, JK_B]), _constants(bt, jt, k)


def _arms(lines, a, b, c, indent):
    lines += [f"{indent}ca, sa, cb, sb = {_b(COS, a)}, {_b(SIN, a)}, {_b(COS, b)}, {_b(SIN, b)}",
              f"{indent}r1x = ca * {c['lax']} - sa * {c['lay']}",
              f"{indent}r1y = sa * {c['lax']} + ca * {c['lay']}",
              f"{indent}r2x = cb * {c['lbx']} - sb * {c['lby']}",
              f"{indent}r2y = sb * {c['lbx']} + cb * {c['lby']}"]


def _point_matrix(lines, c, indent):
    m1, m2, i1, i2 = c["m1"], c["m2"], c["i1"], c["i2"]
    lines += [f"{indent}k11 = {m1} + {m2} + {i1} * r1y * r1y + {i2} * r2y * r2y",
              f"{indent}k12 = 0.0 + -{i1} * r1x * r1y + -{i2} * r2x * r2y",
              f"{indent}k21 = 0.0 + -{i1} * r1x * r1y + -{i2} * r2x * r2y",
              f"{indent}k22 = {m1} + {m2} + {i1} * r1x * r1x + {i2} * r2x * r2x"]


def _masked(lines: list[str]) -> list[str]:
    """The sweep's stores into the lanes as selects: a lane not in this solve keeps its values
    (the lanes are the games' own state, and a game solved alone or asleep is in them too)."""
    out = []
    for line in lines:
        indent = line[:len(line) - len(line.lstrip())]
        if line.startswith("    for g in range("):
            out += [line, f"{indent}    act = {_flag(ACT)} != 0.0"]
            continue
        target, eq, value = line.strip().partition(" = ")
        if not eq or not target.startswith(("lb[", "lj[")):
            out.append(line)
            continue
        targets, values = target.split(", "), value.split(", ")
        if len(targets) == 1:
            values = [value]
        elif len(values) != len(targets):
            raise ValueError(f"cannot mask {line!r}")
        out += [f"{indent}{t} = _unless_kept(act, ({v}), {t})" for t, v in zip(targets, values)]
    return out


_I = "        "  # inside ``for g``


def _body_loop(lines: list[str], bt: np.ndarray, i: int) -> dict[str, str]:
    """Open runner body ``i``'s loop over the lanes; its constants."""
    lines.append("    for g in range(n_lanes):")
    c = dict(m=bt[i, K_INVMASS], ii=bt[i, K_INVI], hx=bt[i, K_HX], hy=bt[i, K_HY])
    return {name: f"({float(v)!r})" for name, v in c.items()}


def _box_aabb(lines, c, x, y, cos, sin, out, indent):
    """kernel.box_aabb's operations in their order, into ``out`` + lx, ly, ux, uy."""
    r = f"{POLYGON_RADIUS!r}"
    lines += [f"{indent}a, b = {cos} * {c['hx']}, {sin} * {c['hy']}",
              f"{indent}ex = max(abs(a - b), abs(a + b))",
              f"{indent}a, b = {sin} * {c['hx']}, {cos} * {c['hy']}",
              f"{indent}ey = max(abs(a + b), abs(a - b))",
              f"{indent}{out}lx, {out}ly = ({x} - ex) - {r}, ({y} - ey) - {r}",
              f"{indent}{out}ux, {out}uy = ({x} + ex) + {r}, ({y} + ey) + {r}"]


def _begin_sweep(bt: np.ndarray) -> list[str]:
    """island._begin_bodies' velocity integration."""
    out = ["", "def begin_sweep(lb, n_lanes):"]
    for i in range(N_RUNNER):
        c = _body_loop(out, bt, i)
        out += [f"{_I}{_b(VX, i)} = {_b(VX, i)} + {DT!r} * (0.0 + {c['m']} * {_b(FX, i)})",
                f"{_I}{_b(VY, i)} = {_b(VY, i)} + {DT!r} * ({GRAVITY_Y!r} + {c['m']} * {_b(FY, i)})",
                f"{_I}{_b(W, i)} = {_b(W, i)} + {DT!r} * {c['ii']} * {_b(TORQUE, i)}"]
    return _masked(out)


def _integrate_sweep(bt: np.ndarray) -> list[str]:
    """island._integrate's bodies: the speed clamps, the pre-step pose, the move; then the new
    rotations at once (a lazy refresh would compute the same from the same angles; in a lane not
    in the solve they are its angles' rotations too, which is what COS, SIN hold or will hold when
    its DIRTY flag is next read)."""
    out = ["", "def integrate_sweep(lb, n_lanes):"]
    # the rotations are fresh (they were for the joint set-up, and the velocity phase does not
    # turn the bodies), so R0C, R0S are COS, SIN as they are
    for i in range(N_RUNNER):
        _body_loop(out, bt, i)
        out += [f"{_I}vx, vy, w = {_b(VX, i)}, {_b(VY, i)}, {_b(W, i)}",
                f"{_I}tx = {DT!r} * vx",
                f"{_I}ty = {DT!r} * vy",
                f"{_I}fast = tx * tx + ty * ty > {MAX_TRANSLATION_SQUARED!r}",
                f"{_I}inv_length = 1.0 / math.sqrt(vx * vx + vy * vy)",
                f"{_I}vx = (vx * inv_length) * {MAX_TRANSLATION * INV_DT!r} if fast else vx",
                f"{_I}vy = (vy * inv_length) * {MAX_TRANSLATION * INV_DT!r} if fast else vy",
                f"{_I}rotation = {DT!r} * w",
                f"{_I}spin = rotation * rotation > {MAX_ROTATION_SQUARED!r}",
                f"{_I}w = ({-MAX_ROTATION * INV_DT!r} if w < 0.0 else {MAX_ROTATION * INV_DT!r}) if spin else w",
                f"{_I}{_b(VX, i)}, {_b(VY, i)}, {_b(W, i)} = vx, vy, w",
                f"{_I}{_b(C0X, i)}, {_b(C0Y, i)}, {_b(A0, i)} = {_b(CX, i)}, {_b(CY, i)}, {_b(ANG, i)}",
                f"{_I}{_b(R0C, i)}, {_b(R0S, i)} = {_b(COS, i)}, {_b(SIN, i)}",
                f"{_I}{_b(CX, i)} = {_b(CX, i)} + {DT!r} * vx",
                f"{_I}{_b(CY, i)} = {_b(CY, i)} + {DT!r} * vy",
                f"{_I}{_b(ANG, i)} = {_b(ANG, i)} + {DT!r} * w"]
    out = _masked(out)
    _rotations(out, *range(N_RUNNER))
    return out


def _settle_sweep() -> list[str]:
    """island._sleep's timers; the OK row says whether the lane's island may fall asleep."""
    out = ["", "def settle_sweep(lb, n_lanes):", "    for g in range(n_lanes):", "        least = MAX_VALUE"]
    for i in range(N_RUNNER):
        out += [f"{_I}vx, vy, w = {_b(VX, i)}, {_b(VY, i)}, {_b(W, i)}",
                f"{_I}moving = (w * w > {ANGULAR_SLEEP_TOLERANCE_SQUARED!r}) | (vx * vx + vy * vy > {LINEAR_SLEEP_TOLERANCE_SQUARED!r})",
                f"{_I}old = {_b(SLEEP, i)}",
                f"{_I}sleep = _pick(moving, 0.0, old + {DT!r})",
                f"{_I}{_b(SLEEP, i)} = _unless_kept({_flag(ACT)} != 0.0, sleep, old)",
                f"{_I}least = 0.0 if moving else (least if least < sleep else sleep)"]
    return out + [f"{_I}{_flag(OK)} = 1.0 if least >= {TIME_TO_SLEEP!r} else 0.0"]


def _sync_sweep(bt: np.ndarray) -> list[str]:
    """kernel.synchronize's AABBs and move_proxy for the awake runner bodies; MOVED says which
    fixtures left their fat AABBs and which static bodies' fat AABBs the new ones overlap
    (kernel._overlap's tests, in its order; the per-game part lists the moved bodies and makes the
    new pairs)."""
    out = ["", "def sync_sweep(lb, n_lanes):"]
    for i in range(N_RUNNER):
        c = _body_loop(out, bt, i)
        out += [f"{_I}act = ({_flag(ACT)} != 0.0) & ({_b(AWAKE, i)} != 0.0)"]
        _box_aabb(out, c, _b(C0X, i), _b(C0Y, i), _b(R0C, i), _b(R0S, i), "a", _I)
        _box_aabb(out, c, _b(CX, i), _b(CY, i), _b(COS, i), _b(SIN, i), "b", _I)
        out += [f"{_I}lx, ly, ux, uy = min(alx, blx), min(aly, bly), max(aux, bux), max(auy, buy)",
                f"{_I}inside = (({_b(FAT_LX, i)} <= lx) & ({_b(FAT_LY, i)} <= ly) & "
                f"(ux <= {_b(FAT_UX, i)}) & (uy <= {_b(FAT_UY, i)}))",
                f"{_I}dx, dy = {_b(CX, i)} - {_b(C0X, i)}, {_b(CY, i)} - {_b(C0Y, i)}",
                f"{_I}ex = {AABB_EXTENSION!r} + {AABB_MULTIPLIER!r} * (dx if dx > 0 else -dx)",
                f"{_I}ey = {AABB_EXTENSION!r} + {AABB_MULTIPLIER!r} * (dy if dy > 0 else -dy)",
                f"{_I}moved = act & (inside == False)"]
        for field, value in ((AABB_LX, "lx"), (AABB_LY, "ly"), (AABB_UX, "ux"), (AABB_UY, "uy")):
            out.append(f"{_I}{_b(field, i)} = _unless_kept(act, {value}, {_b(field, i)})")
        for field, value in ((FAT_LX, "lx - ex"), (FAT_LY, "ly - ey"), (FAT_UX, "ux + ex"),
                             (FAT_UY, "uy + ey")):
            out.append(f"{_I}{_b(field, i)} = _unless_kept(moved, {value}, {_b(field, i)})")
        out.append(f"{_I}flx, fly, fux, fuy = lx - ex, ly - ey, ux + ex, uy + ey")
        code = ["1.0"]
        for slot, p in enumerate(BODY_PAIRS[i]):
            if STATIC_SLOT[i, slot]:
                a = int(PAIR_TABLE[p, 0])  # the static body is fixture A
                out.append(f"{_I}apart = (({_b(FAT_LX, a)} - fux > 0.0) | ({_b(FAT_LY, a)} - fuy > 0.0)"
                           f" | (flx - {_b(FAT_UX, a)} > 0.0) | (fly - {_b(FAT_UY, a)} > 0.0))")
                out.append(f"{_I}s{slot} = 0.0 if apart else {2.0 ** slot!r}")
                code.append(f"s{slot}")
        out.append(f"{_I}{_b(MOVED, i)} = ({' + '.join(code)}) if moved else 0.0")
    return out


def source(bt: np.ndarray, jt: np.ndarray) -> str:
    I = _I  # noqa: E741
    out = []
    # --- set-up and warm start (joints.init_velocity) ---------------------------------------
    out.append("def init_sweep(lb, lj, n_lanes):")
    for k in ORDER:
        a, b, c = _joint_loop(out, bt, jt, k)  # the rotations are fresh (solve_lanes)
        _arms(out, a, b, c, I)
        out += [f"{I}{_j(J_R1X, k)}, {_j(J_R1Y, k)}, {_j(J_R2X, k)}, {_j(J_R2Y, k)} = r1x, r1y, r2x, r2y"]
        _point_matrix(out, c, I)
        out += [f"{I}det = k11 * k22 - k12 * k21",
                f"{I}det = 1.0 / det",
                f"{I}{_j(J_PM11, k)} = det * k22",
                f"{I}{_j(J_PM12, k)} = -det * k12",
                f"{I}{_j(J_PM21, k)} = -det * k21",
                f"{I}{_j(J_PM22, k)} = det * k11",
                f"{I}{_j(J_MOTOR_MASS, k)} = 1.0 / ({c['i1']} + {c['i2']})",
                f"{I}mf = 0.0" if k in MOTORLESS else
                f"{I}mf = _unless_kept({_j(J_ENABLE_MOTOR, k)} == 0.0, 0.0, {_j(J_MOTOR_FORCE, k)})",
                f"{I}{_j(J_MOTOR_FORCE, k)} = mf",
                f"{I}angle = {_b(ANG, b)} - {_b(ANG, a)} - {c['ref']}",
                f"{I}lower, upper = {_j(J_LOWER, k)}, {_j(J_UPPER, k)}",
                f"{I}old_state, lf = {_j(J_STATE, k)}, {_j(J_LIMIT_FORCE, k)}",
                f"{I}equal = abs(upper - lower) < 2.0 * {ANGULAR_SLOP!r}",
                f"{I}low = angle <= lower",
                f"{I}high = angle >= upper",
                f"{I}state = {float(EQUAL_LIMITS)!r} if equal else ({float(AT_LOWER_LIMIT)!r} if low else "
                f"({float(AT_UPPER_LIMIT)!r} if high else {float(INACTIVE_LIMIT)!r}))",
                f"{I}keep = equal | (low & (old_state == {float(AT_LOWER_LIMIT)!r})) | "
                f"((low == False) & high & (old_state == {float(AT_UPPER_LIMIT)!r}))",
                f"{I}limit = {_j(J_ENABLE_LIMIT, k)} != 0.0",
                f"{I}{_j(J_STATE, k)} = _unless_kept(limit, state, old_state)",
                f"{I}lf = _unless_kept((limit & keep) == False, 0.0, lf)",
                f"{I}{_j(J_LIMIT_FORCE, k)} = lf",
                f"{I}pfx, pfy = {_j(J_PFX, k)}, {_j(J_PFY, k)}",
                f"{I}{_b(VX, a)} = {_b(VX, a)} - {DT!r} * {c['m1']} * pfx",
                f"{I}{_b(VY, a)} = {_b(VY, a)} - {DT!r} * {c['m1']} * pfy",
                f"{I}{_b(W, a)} = {_b(W, a)} - {DT!r} * {c['i1']} * ((r1x * pfy - r1y * pfx) + mf + lf)",
                f"{I}{_b(VX, b)} = {_b(VX, b)} + {DT!r} * {c['m2']} * pfx",
                f"{I}{_b(VY, b)} = {_b(VY, b)} + {DT!r} * {c['m2']} * pfy",
                f"{I}{_b(W, b)} = {_b(W, b)} + {DT!r} * {c['i2']} * ((r2x * pfy - r2y * pfx) + mf + lf)",
                f"{I}{_j(J_LIMIT_POS_IMPULSE, k)} = 0.0"]
    # --- one velocity iteration (joints.solve_velocity) ---------------------------------------
    out.append("")
    velocity_at = len(out)
    out.append("def velocity_sweep(lb, lj, n_lanes):")
    for k in ORDER:
        a, b, c = _joint_loop(out, bt, jt, k)
        m1, m2, i1, i2 = c["m1"], c["m2"], c["i1"], c["i2"]
        out += [f"{I}r1x, r1y, r2x, r2y = {_j(J_R1X, k)}, {_j(J_R1Y, k)}, {_j(J_R2X, k)}, {_j(J_R2Y, k)}",
                f"{I}vxa, vya, wa = {_b(VX, a)}, {_b(VY, a)}, {_b(W, a)}",
                f"{I}vxb, vyb, wb = {_b(VX, b)}, {_b(VY, b)}, {_b(W, b)}",
                f"{I}cdx = vxb + -wb * r2y - vxa - -wa * r1y",
                f"{I}cdy = vyb + wb * r2x - vya - wa * r1x",
                f"{I}fx = -{INV_DT!r} * ({_j(J_PM11, k)} * cdx + {_j(J_PM12, k)} * cdy)",
                f"{I}fy = -{INV_DT!r} * ({_j(J_PM21, k)} * cdx + {_j(J_PM22, k)} * cdy)",
                f"{I}{_j(J_PFX, k)} = {_j(J_PFX, k)} + fx",
                f"{I}{_j(J_PFY, k)} = {_j(J_PFY, k)} + fy",
                f"{I}px = {DT!r} * fx",
                f"{I}py = {DT!r} * fy",
                f"{I}vxa = vxa - {m1} * px",
                f"{I}vya = vya - {m1} * py",
                f"{I}wa = wa - {i1} * (r1x * py - r1y * px)",
                f"{I}vxb = vxb + {m2} * px",
                f"{I}vyb = vyb + {m2} * py",
                f"{I}wb = wb + {i2} * (r2x * py - r2y * px)",
                f"{I}state = {_j(J_STATE, k)}"]
        if k not in MOTORLESS:
            out += [f"{I}motor = ({_j(J_ENABLE_MOTOR, k)} != 0.0) & (state != {float(EQUAL_LIMITS)!r})",
                    f"{I}cdot = wb - wa - {_j(J_SPEED, k)}",
                    f"{I}force = -{INV_DT!r} * {_j(J_MOTOR_MASS, k)} * cdot",
                    f"{I}old = {_j(J_MOTOR_FORCE, k)}",
                    f"{I}new = old + force",
                    f"{I}new = new if new < {c['mt']} else {c['mt']}",
                    f"{I}new = -{c['mt']} if -{c['mt']} > new else new",
                    f"{I}{_j(J_MOTOR_FORCE, k)} = _unless_kept(motor, new, old)",
                    f"{I}force = new - old",
                    f"{I}wa = wa - {i1} * {DT!r} * force if motor else wa",
                    f"{I}wb = wb + {i2} * {DT!r} * force if motor else wb"]
        out += [f"{I}limit = ({_j(J_ENABLE_LIMIT, k)} != 0.0) & (state != {float(INACTIVE_LIMIT)!r})",
                f"{I}cdot = wb - wa",
                f"{I}force = -{INV_DT!r} * {_j(J_MOTOR_MASS, k)} * cdot",
                f"{I}old = {_j(J_LIMIT_FORCE, k)}",
                f"{I}total = old + force",
                f"{I}low = total if total > 0.0 else 0.0",
                f"{I}high = total if total < 0.0 else 0.0",
                f"{I}equal = state == {float(EQUAL_LIMITS)!r}",
                f"{I}at_low = state == {float(AT_LOWER_LIMIT)!r}",
                f"{I}new = total if equal else (low if at_low else high)",
                f"{I}force = force if equal else (new - old)",
                f"{I}{_j(J_LIMIT_FORCE, k)} = _unless_kept(limit, new, old)",
                f"{I}{_b(VX, a)}, {_b(VY, a)}, {_b(VX, b)}, {_b(VY, b)} = vxa, vya, vxb, vyb",
                f"{I}{_b(W, a)} = wa - {i1} * {DT!r} * force if limit else wa",
                f"{I}{_b(W, b)} = wb + {i2} * {DT!r} * force if limit else wb"]
    # every lane in the solve (the usual full group): the stores need no select
    unmasked = (["", "def init_sweep_all(lb, lj, n_lanes):"] + out[1:velocity_at]
                + ["", "def velocity_sweep_all(lb, lj, n_lanes):"] + out[velocity_at + 1:])
    out = _masked(out) + unmasked
    # --- one position iteration (joints.solve_position) ---------------------------------------
    out.append("")
    out.append("def position_sweep(lb, lj, n_lanes):")
    # the rotations are fresh when it starts (solve_lanes); each joint keeps its bodies' fresh
    for k in ORDER:
        a, b, c = _joint_loop(out, bt, jt, k)
        m1, m2, i1, i2 = c["m1"], c["m2"], c["i1"], c["i2"]
        _arms(out, a, b, c, I)
        _point_matrix(out, c, I)
        out += [f"{I}cxa, cya, anga = {_b(CX, a)}, {_b(CY, a)}, {_b(ANG, a)}",
                f"{I}cxb, cyb, angb = {_b(CX, b)}, {_b(CY, b)}, {_b(ANG, b)}",
                f"{I}ex = (cxb + r2x) - (cxa + r1x)",
                f"{I}ey = (cyb + r2y) - (cya + r1y)",
                f"{I}det = k11 * k22 - k12 * k21",
                f"{I}det = 1.0 / det",
                f"{I}bx, by = -ex, -ey",
                f"{I}ix = det * (k22 * bx - k12 * by)",
                f"{I}iy = det * (k11 * by - k21 * bx)",
                f"{I}cxa = cxa - {m1} * ix",
                f"{I}cya = cya - {m1} * iy",
                f"{I}anga = anga - {i1} * (r1x * iy - r1y * ix)",
                f"{I}cxb = cxb + {m2} * ix",
                f"{I}cyb = cyb + {m2} * iy",
                f"{I}angb = angb + {i2} * (r2x * iy - r2y * ix)",
                f"{I}state = {_j(J_STATE, k)}",
                f"{I}limit = ({_j(J_ENABLE_LIMIT, k)} != 0.0) & (state != {float(INACTIVE_LIMIT)!r})",
                f"{I}angle = angb - anga - {c['ref']}",
                f"{I}mass = {_j(J_MOTOR_MASS, k)}",
                f"{I}maxc = {MAX_ANGULAR_CORRECTION!r}",
                # equal limits
                f"{I}ce = angle if angle < maxc else maxc",
                f"{I}ce = -maxc if -maxc > ce else ce",
                f"{I}ie = -mass * ce",
                f"{I}ee = abs(ce)",
                # lower
                f"{I}old = {_j(J_LIMIT_POS_IMPULSE, k)}",
                f"{I}cl = angle - {_j(J_LOWER, k)}",
                f"{I}el = 0.0 if 0.0 > -cl else -cl",
                f"{I}cl = cl + {ANGULAR_SLOP!r}",
                f"{I}cl = cl if cl < 0.0 else 0.0",
                f"{I}cl = -maxc if -maxc > cl else cl",
                f"{I}nl = old + -mass * cl",
                f"{I}nl = nl if nl > 0.0 else 0.0",
                # upper
                f"{I}cu = angle - {_j(J_UPPER, k)}",
                f"{I}eu = 0.0 if 0.0 > cu else cu",
                f"{I}cu = cu - {ANGULAR_SLOP!r}",
                f"{I}cu = cu if cu < maxc else maxc",
                f"{I}cu = 0.0 if 0.0 > cu else cu",
                f"{I}nu = old + -mass * cu",
                f"{I}nu = nu if nu < 0.0 else 0.0",
                f"{I}equal = state == {float(EQUAL_LIMITS)!r}",
                f"{I}at_low = state == {float(AT_LOWER_LIMIT)!r}",
                f"{I}new = old if equal else (nl if at_low else nu)",
                f"{I}impulse = ie if equal else (new - old)",
                f"{I}angular_error = _pick(limit, ee if equal else (el if at_low else eu), 0.0)",
                f"{I}act = {_flag(ACT)} != 0.0",  # a lane whose pass is done keeps its state
                f"{I}{_j(J_LIMIT_POS_IMPULSE, k)} = _unless_kept(limit & act, new, old)",
                f"{I}anga = _pick(limit, anga - {i1} * impulse, anga)",
                f"{I}angb = _pick(limit, angb + {i2} * impulse, angb)",
                f"{I}{_b(CX, a)} = _unless_kept(act, cxa, {_b(CX, a)})",
                f"{I}{_b(CY, a)} = _unless_kept(act, cya, {_b(CY, a)})",
                f"{I}{_b(CX, b)} = _unless_kept(act, cxb, {_b(CX, b)})",
                f"{I}{_b(CY, b)} = _unless_kept(act, cyb, {_b(CY, b)})",
                f"{I}{_b(ANG, a)} = _unless_kept(act, anga, {_b(ANG, a)})",
                f"{I}{_b(ANG, b)} = _unless_kept(act, angb, {_b(ANG, b)})",
                f"{I}ok = (ex * ex + ey * ey <= {LINEAR_SLOP_SQUARED!r}) & "
                f"(angular_error <= {ANGULAR_SLOP!r})",
                f"{I}{_flag(OK)} = 1.0 if ok & ({_flag(OK)} != 0.0) else 0.0"]
        _rotations(out, a, b)
    # the same with every lane in the pass
    position = out[out.index("def position_sweep(lb, lj, n_lanes):"):]
    act = f"{I}act = {_flag(ACT)} != 0.0"
    out += ["", "def position_sweep_all(lb, lj, n_lanes):"] + [
        f"{I}act = True" if line == act else line for line in position[1:]]
    # --- the runner bodies' phases of a solve, and their fixtures' synchronisation ---------------
    out += _begin_sweep(bt) + _integrate_sweep(bt) + _settle_sweep() + _sync_sweep(bt)
    return "\n".join(out) + "\n"


GENERATED = Path(__file__).with_name("_sweeps.py")
_HEADER = """\"\"\"Generated from lanes.py for the spec's tables: do not edit.

The runner's joint sweeps over LANES games at once (see lanes.py). Tests check that this file is
what lanes.py generates today; ``lanes.write_generated()`` rewrites it.
\"\"\"

import math

from numba import njit

from rlqwop.game.fast.layout import MAX_VALUE
from rlqwop.game.fast.lanes import glibc_rotations as _glibc_rotations
from rlqwop.game.fast.selects import pick as _pick
from rlqwop.game.fast.selects import unless_kept as _unless_kept
from rlqwop.game.fast.trig import own_sincos as _own_sincos

"""


def module_text(bt: np.ndarray, jt: np.ndarray) -> str:
    """The generated module: ``source`` with each function compiled (and cached) by numba."""
    jit = "@njit(cache=True, _nrt=False, error_model='numpy'{})\ndef {}"
    text = source(bt, jt)
    for name in ("init_sweep", "init_sweep_all", "velocity_sweep_all", "velocity_sweep",
                 "position_sweep", "position_sweep_all", "begin_sweep", "integrate_sweep",
                 "settle_sweep", "sync_sweep"):
        text = text.replace(f"def {name}(", jit.format("", name) + "(")
    return _HEADER + text.replace("\n\n@njit", "\n\n\n@njit")


def write_generated() -> None:
    """Rewrite ``_sweeps.py`` (after a change here or to the spec's tables); an unchanged text is
    not written, so that numba's cache of the sweeps stays valid."""
    text = module_text(body_table(), joint_table())
    if GENERATED.exists() and GENERATED.read_text() == text:
        return
    partial = GENERATED.with_suffix(".py.partial")
    partial.write_text(text)
    partial.replace(GENERATED)


__all__ = ["LANES", "ORDER", "MOTORLESS", "LINEAR_SLOP_SQUARED", "largest_square_within",
           "source", "module_text", "GENERATED", "write_generated", "ACT", "OK",
           "MOVED", "STATIC_SLOT", "NLF", "LB_SIZE", "LJ_SIZE"]
