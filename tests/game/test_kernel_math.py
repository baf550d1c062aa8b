"""The kernel's small pieces of arithmetic that must give the port's bits: glibc's sin and cos from
one sincos call (trig.py), the polygon AABB from two sums per axis (kernel.box_aabb), and the
lanes' generated sweeps being what lanes.py generates."""

import ctypes
import ctypes.util
import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from numba import njit

from rlqwop.game.fast import lanes, trig
from rlqwop.game.fast.kernel import box_aabb
from rlqwop.game.fast.layout import K_HX, K_HY, POLYGON_RADIUS, body_table, joint_table


def _libm(xs):
    """The C library's ``sin`` and ``cos``, called one by one through ctypes (in compiled code LLVM
    fuses a sin and a cos of the same angle into one ``sincos`` call, which would test nothing)."""
    libm = ctypes.CDLL(ctypes.util.find_library("m"))
    for f in (libm.sin, libm.cos):
        f.restype, f.argtypes = ctypes.c_double, [ctypes.c_double]
    return (np.array([libm.sin(x) for x in xs.tolist()]), np.array([libm.cos(x) for x in xs.tolist()]))


@njit(cache=False)
def _one_call(xs):
    sin, cos = np.empty_like(xs), np.empty_like(xs)
    for i in range(xs.size):
        sin[i], cos[i] = trig.libm_sincos(xs[i])
    return sin, cos


def _same_bits(a, b):
    return np.array_equal(a.view(np.int64), b.view(np.int64))


def test_one_sincos_call_gives_glibcs_sin_and_cos_to_the_bit():
    assert trig.HAS_SINCOS  # the machines this project runs on have glibc
    rng = np.random.default_rng(3)
    xs = np.concatenate([rng.uniform(-0.9, 0.9, 100_000), rng.uniform(-7, 7, 100_000),
                         rng.uniform(-60, 60, 50_000),
                         [0.0, -0.0, 5e-324, 1e-9, math.pi / 2, -math.pi, 1e22, np.inf, np.nan]])
    for ours, libm in zip(_one_call(xs), _libm(xs)):
        assert _same_bits(ours, libm)
    fallback = np.array([trig._two_calls(x) for x in xs[:2000]])  # for a C library without sincos
    assert _same_bits(fallback[:, 0], _libm(xs[:2000])[0])
    assert _same_bits(fallback[:, 1], _libm(xs[:2000])[1])
    sin, cos = np.empty(16), np.empty(16)
    trig.sincos_rows(xs[:16], sin, cos)
    assert _same_bits(sin, _libm(xs[:16])[0]) and _same_bits(cos, _libm(xs[:16])[1])


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
