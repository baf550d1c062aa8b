"""The kernel's small pieces of arithmetic that must give the port's bits: glibc's sin and cos
computed in the kernel (trig.py), the polygon AABB from two sums per axis (kernel.box_aabb), and the
lanes' generated sweeps being what lanes.py generates; and the engine's own sin and cos (the
"fast-approx" engine's), which must be close to glibc's and the same bits in a vectorised loop
as alone."""

import ctypes
import ctypes.util
import hashlib
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numba import njit

from rlqwop.game.fast import lanes, trig
from rlqwop.game.fast.kernel import box_aabb
from rlqwop.game.fast.layout import (
    ANG, COS, K_HX, K_HY, LINEAR_SLOP, POLYGON_RADIUS, SIN, body_table, joint_table,
)


def _libm(xs):
    """The C library's ``sin`` and ``cos``, called one by one through ctypes (in compiled code LLVM
    fuses a sin and a cos of the same angle into one ``sincos`` call, which would test nothing)."""
    libm = ctypes.CDLL(ctypes.util.find_library("m"))
    for f in (libm.sin, libm.cos):
        f.restype, f.argtypes = ctypes.c_double, [ctypes.c_double]
    return (np.array([libm.sin(x) for x in xs.tolist()]), np.array([libm.cos(x) for x in xs.tolist()]))


@njit(cache=False)
def _chosen(xs, own):
    """A body's refresh (trig.sincos): glibc's one sincos call, or with ``own`` our own."""
    sin, cos = np.empty_like(xs), np.empty_like(xs)
    for i in range(xs.size):
        sin[i], cos[i] = trig.sincos(xs[i], own)
    return sin, cos


@njit(cache=False)
def _c_library_sincos(x):
    return trig.libm_sincos(x)


def _same_bits(a, b):
    return np.array_equal(a.view(np.int64), b.view(np.int64))


PINNED_SINCOS = "b7b6095e83d7"

# angles whose sine or cosine glibc's x86-64 builds with and without FMA round differently (found
# 2026-11-27 with GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA,-AVX): (angle, function, FMA build's)
_FMA_BUILD_PROBES = [(-5.920716136851457, math.sin, "0x1.6b1814803abebp-2"),
                     (4.935878446317053, math.sin, "-0x1.f3443d6e39103p-1"),
                     (-4.206221077886688, math.cos, "-0x1.f07712c3c4bfcp-2"),
                     (1.9651815964304973, math.cos, "-0x1.8976665d36112p-2")]


def _angles():
    rng = np.random.default_rng(3)
    edges = [2.0 ** -27, 0.126, 0.85546875, trig._MIDDLE, trig.LARGE] + [k * math.pi / 4 for k in range(1, 40)]
    near = [e * (1 + d) for e in edges for d in (-2e-16, -1e-16, 0.0, 1e-16, 2e-16, 1e-9, -1e-9)]
    return np.concatenate([rng.uniform(-0.9, 0.9, 100_000), rng.uniform(-7, 7, 100_000),
                           rng.uniform(-60, 60, 40_000), rng.uniform(-2e8, 2e8, 10_000), near, np.negative(near),
                           [0.0, -0.0, 5e-324, 1e-9, 1e22, np.inf, -np.inf, np.nan]])


def test_glibc_sincos_gives_glibcs_bits_on_a_host_with_its_fma_build():
    """The kernel's glibc_sincos (one at a time and in a vectorised row) against this machine's C
    library, where that is glibc's x86-64 FMA build (the real game's bits, trig.py)."""
    if not all(f(x) == float.fromhex(h) for x, f, h in _FMA_BUILD_PROBES):
        pytest.skip("this machine's C library is not glibc's x86-64 FMA build")
    xs = _angles()
    libm = _libm(xs)
    for ours, theirs in zip(_chosen(xs, 0.0), libm):
        assert _same_bits(ours, theirs)
    sin, cos = np.empty_like(xs), np.empty_like(xs)
    trig.sincos_rows(xs, sin, cos)
    assert _same_bits(sin, libm[0]) and _same_bits(cos, libm[1])
    assert trig.HAS_SINCOS  # the machines this project runs on have glibc
    calls = np.array([_c_library_sincos(x) for x in xs[:2000]])  # the fallback beyond LARGE
    fallback = np.array([trig._two_calls(x) for x in xs[:2000]])  # for a C library without sincos
    for got in (calls, fallback):
        assert _same_bits(got[:, 0], libm[0][:2000]) and _same_bits(got[:, 1], libm[1][:2000])


def test_glibc_sincos_is_pinned_on_every_machine():
    """The same bits whatever the machine's C library: a hash of 250,000 angles' sin and cos (those
    within LARGE, which glibc_sincos computes itself), pinned when they equaled glibc's; and the
    same bits four at a time (sincos_rows: trig.glibc_sincos_4) as one at a time."""
    xs = _angles()
    xs = xs[np.abs(xs) < trig.LARGE]
    sin, cos = np.empty_like(xs), np.empty_like(xs)
    trig.sincos_rows(xs, sin, cos)
    assert hashlib.sha1(sin.tobytes() + cos.tobytes()).hexdigest()[:12] == PINNED_SINCOS
    alone = _chosen(xs, 0.0)
    assert _same_bits(sin, alone[0]) and _same_bits(cos, alone[1])


def test_the_lanes_rotations_are_glibc_sincos_in_every_lane_beyond_its_range_too():
    """lanes.glibc_rotations (the sweeps' rows, vectorised) gives each lane what glibc_sincos gives
    one angle, also where a lane's angle is beyond trig.LARGE or not finite (the C library's)."""
    rng = np.random.default_rng(8)
    lb = np.zeros(lanes.LB_SIZE)
    a, b = 3, 7
    rows = [lanes._b_at(ANG, body) for body in (a, b)]
    for r in rows:
        lb[r:r + lanes.LANES] = rng.uniform(-9, 9, lanes.LANES)
    lb[rows[1] + 5], lb[rows[1] + 9], lb[rows[0] + 2] = 3e9, np.nan, -np.inf
    lanes.glibc_rotations(lb, a, b, lanes.LANES)

    def both_rows(field):
        return np.concatenate([lb[lanes._b_at(field, body):lanes._b_at(field, body) + lanes.LANES] for body in (a, b)])

    sin, cos = _chosen(both_rows(ANG), 0.0)  # glibc_sincos, one angle at a time
    assert _same_bits(both_rows(SIN), sin) and _same_bits(both_rows(COS), cos)
    assert np.isnan([sin[lanes.LANES + 9], cos[lanes.LANES + 9]]).all() and sin[lanes.LANES + 5] != 0.0


def test_the_table_is_sin_and_cos_of_k_over_128_as_correctly_rounded_double_doubles():
    mpmath = pytest.importorskip("mpmath")
    with mpmath.workprec(200):
        for k, row in enumerate(trig._TABLE):
            for (high, low), exact in zip((row[:2], row[2:]), (mpmath.sin(mpmath.mpf(k) / 128),
                                                               mpmath.cos(mpmath.mpf(k) / 128))):
                assert high == float(exact) and low == float(exact - mpmath.mpf(high)), k


@njit(cache=False)
def _own_in_a_loop(xs):
    """own_sincos over an array: LLVM vectorises this loop, as it does the lanes' rows."""
    sin, cos = np.empty_like(xs), np.empty_like(xs)
    for i in range(xs.size):
        sin[i], cos[i] = trig.own_sincos(xs[i])
    return sin, cos


def test_own_sin_and_cos_are_within_two_units_of_2_to_the_minus_53_of_glibcs():
    rng = np.random.default_rng(4)
    xs = np.concatenate([rng.uniform(-1, 1, 40_000), rng.uniform(-7, 7, 40_000),
                         rng.uniform(-1e3, 1e3, 20_000), rng.uniform(-1e5, 1e5, 20_000),
                         np.arange(-64, 65) * (math.pi / 4)])  # every quadrant and its edges
    sin, cos = _own_in_a_loop(xs)
    libm_sin, libm_cos = _libm(xs)
    assert np.abs(sin - libm_sin).max() <= 2 * 2.0 ** -53
    assert np.abs(cos - libm_cos).max() <= 2 * 2.0 ** -53
    assert not _same_bits(sin, libm_sin)  # its own: glibc's differ somewhere
    assert trig.own_sincos(0.0) == (0.0, 1.0)
    assert all(math.isnan(v) for x in (np.nan, np.inf, -np.inf) for v in trig.own_sincos(x))


def test_own_sin_and_cos_are_the_same_bits_vectorised_and_one_at_a_time():
    """The lanes compute rotations in vectorised loops, a game alone one at a time: a batch and a
    game alone stay bit-identical only if both give the same bits (no fused multiply-add)."""
    xs = np.random.default_rng(5).uniform(-20, 20, 4096)
    sin, cos = _own_in_a_loop(xs)
    alone = np.array([trig.own_sincos(x) for x in xs[:500].tolist()])
    assert _same_bits(sin[:500], alone[:, 0]) and _same_bits(cos[:500], alone[:, 1])


def test_a_bodys_trig_field_chooses_our_own():
    xs = np.random.default_rng(6).uniform(-7, 7, 2000)  # (0.0 chooses glibc's: the first test)
    for got, want in zip(_chosen(xs, 1.0), _own_in_a_loop(xs)):
        assert _same_bits(got, want)


def _corners_aabb(hx, hy, x, y, c, s):
    """The port's AABB as it computes it: least and greatest of the four transformed corners."""
    xs = [x + (c * vx - s * vy) for vx, vy in ((-hx, -hy), (hx, -hy), (hx, hy), (-hx, hy))]
    ys = [y + (s * vx + c * vy) for vx, vy in ((-hx, -hy), (hx, -hy), (hx, hy), (-hx, hy))]
    r = POLYGON_RADIUS
    return min(xs) - r, min(ys) - r, max(xs) + r, max(ys) + r


@settings(max_examples=3000, deadline=None)
@given(body=st.integers(0, 17), x=st.floats(-1e3, 1e3), y=st.floats(-1e3, 1e3),
       angle=st.floats(-50, 50))
def test_the_aabb_from_two_sums_is_the_four_corners_aabb(body, x, y, angle):
    bt = body_table()
    c, s = math.cos(angle), math.sin(angle)
    ours = box_aabb(bt, body, x, y, c, s)
    assert ours == _corners_aabb(bt[body, K_HX], bt[body, K_HY], x, y, c, s)


def test_the_generated_sweeps_are_what_lanes_generates():
    assert lanes.GENERATED.read_text() == lanes.module_text(body_table(), joint_table()), (
        "rlqwop/game/fast/_sweeps.py is stale: run "
        "python -c 'from rlqwop.game.fast import lanes; lanes.write_generated()'")


@pytest.mark.parametrize("c", [LINEAR_SLOP, 0.03, 0.1, 1.0, 3.7])
def test_the_slop_test_without_a_square_root_is_the_test_with_one(c):
    """The position sweep tests ``ex * ex + ey * ey <= largest_square_within(slop)`` where the
    port tests ``sqrt(ex * ex + ey * ey) <= slop``: the same answer for every double, checked
    on the 2000 doubles around the bound and on random ones."""
    bound = lanes.largest_square_within(c)
    near = bound + np.arange(-1000, 1001) * np.spacing(bound)
    rng = np.random.default_rng(0)
    spread = np.concatenate([near, rng.uniform(0.0, 4.0 * c * c, 100_000), [0.0, np.inf, np.nan]])
    assert (np.sqrt(spread) <= c).tolist() == (spread <= bound).tolist()
    assert math.sqrt(bound) <= c < math.sqrt(np.nextafter(bound, np.inf))


def test_joints_created_without_a_motor_are_swept_without_one():
    """The sweeps leave the motor out for the joints the game creates with it off (neck, elbows,
    ankles), which is exact only while nothing switches a motor on: the engine interface may
    switch motors off and set their speeds, never switch one on."""
    from rlqwop.game import engine, spec

    assert lanes.MOTORLESS & set(lanes.ORDER) == {1 + k for k, j in enumerate(spec.JOINTS) if not j.motor}
    assert len(lanes.MOTORLESS & set(lanes.ORDER)) == 5
    assert [name for name in dir(engine.Engine) if "motor" in name] == ["disable_motor", "set_motor_speed"]
    source = lanes.source(body_table(), joint_table())
    velocity = source[source.index("def velocity_sweep_all"):source.index("def position_sweep")]
    assert velocity.count("motor = ") == len(lanes.ORDER) - 5


def test_the_selects_are_the_ternaries_bit_for_bit():
    """``pick`` and ``unless_kept`` (selects.py) give what ``new if c else old`` gives, signed
    zeros and NaNs included, in a loop LLVM vectorises as in one it does not."""
    from rlqwop.game.fast import selects

    @njit(cache=False)
    def both(c, new, old):
        a, b = np.empty_like(new), np.empty_like(new)
        for i in range(new.size):
            a[i] = selects.pick(c[i], new[i], old[i])
            b[i] = selects.unless_kept(c[i], new[i], old[i])
        return a, b

    rng = np.random.default_rng(1)
    special = np.array([0.0, -0.0, np.nan, -np.inf, np.inf, 5e-324, -1.0, 1e300])
    new, old = rng.choice(special, 1001), rng.choice(special, 1001)
    c = rng.random(1001) < 0.5
    expected = np.where(c, new, old).view(np.int64)
    for got in both(c, new, old):
        assert (got.view(np.int64) == expected).all()
