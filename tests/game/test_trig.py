"""The vectorisable sin/cos of the lanes' position sweep (rlqwop/game/fast/trig.py): where it says
it is certain, it is glibc's to the bit; and the generated sweeps are what lanes.py generates."""

import math

import mpmath
import numpy as np
import pytest
from numba import njit

from rlqwop.game.fast import lanes, trig
from rlqwop.game.fast.layout import body_table, joint_table

mpmath.mp.prec = 300


@njit(cache=False)
def _checked(xs):
    sin, cos, certain = np.empty_like(xs), np.empty_like(xs), np.empty(xs.size, np.bool_)
    for i in range(xs.size):
        sin[i], cos[i], certain[i] = trig.sincos_checked(xs[i])
    return sin, cos, certain


@njit(cache=False)
def _reduced(xs):
    out = np.empty((xs.size, 6))
    for i in range(xs.size):
        q, rh, s, sl, c, cl = trig.sincos_reduced(xs[i])
        out[i, 0], out[i, 1], out[i, 2], out[i, 3], out[i, 4], out[i, 5] = q, rh, s, sl, c, cl
    return out


@njit(cache=False)
def _glibc(xs):
    sin, cos = np.empty_like(xs), np.empty_like(xs)
    for i in range(xs.size):
        sin[i], cos[i] = math.sin(xs[i]), math.cos(xs[i])
    return sin, cos


def _significant_bits(x: float) -> int:
    mantissa = int(abs(x) * 2.0 ** -math.frexp(x)[1] * 2 ** 53)
    return 53 - (mantissa & -mantissa).bit_length() + 1


def test_the_constants_are_what_they_say():
    half_pi = mpmath.pi / 2
    tail = half_pi - mpmath.mpf(trig.PIO2_1) - mpmath.mpf(trig.PIO2_2) - mpmath.mpf(trig.PIO2_3)
    assert abs(tail) < mpmath.mpf(2) ** -120
    # the quadrant (|q| < 64) times these is exact
    assert _significant_bits(trig.PIO2_1) <= 33 and _significant_bits(trig.PIO2_2) <= 33
    assert trig.TWO_OVER_PI == float(2 / mpmath.pi)
    for (hi, lo), exact in ((trig.SIXTH, mpmath.mpf(1) / 6), (trig.C24, mpmath.mpf(1) / 24)):
        assert abs(mpmath.mpf(hi) + mpmath.mpf(lo) - exact) < exact * mpmath.mpf(2) ** -105


def test_the_double_double_values_are_well_within_the_error_the_check_allows():
    rng = np.random.default_rng(3)
    xs = np.concatenate([rng.uniform(-8, 8, 1500), rng.uniform(-0.8, 0.8, 1500),
                         rng.uniform(-90, 90, 300), [1e-9, -3e-5, 0.785, 2.36]])
    worst = 0.0
    for x, (q, _, s, sl, c, cl) in zip(xs, _reduced(xs)):
        r = mpmath.mpf(float(x)) - int(q) * mpmath.pi / 2
        for hi, lo, exact in ((s, sl, mpmath.sin(r)), (c, cl, mpmath.cos(r))):
            error = abs((mpmath.mpf(hi) + mpmath.mpf(lo) - exact) / math.ulp(hi))
            worst = max(worst, float(error))
    assert worst < trig.ERROR / 2, worst


@pytest.mark.parametrize("low, high", [(-1.0, 1.0), (-8.0, 8.0), (-100.0, 100.0)])
def test_where_certain_the_values_are_glibcs_to_the_bit(low, high):
    xs = np.random.default_rng(int(high)).uniform(low, high, 2_000_000)
    sin, cos, certain = _checked(xs)
    glibc_sin, glibc_cos = _glibc(xs)
    assert np.array_equal(sin[certain].view(np.int64), glibc_sin[certain].view(np.int64))
    assert np.array_equal(cos[certain].view(np.int64), glibc_cos[certain].view(np.int64))
    assert 0.7 < certain.mean() < 0.9  # mostly certain, but never for the ~20 % the bound leaves


def test_special_angles_are_left_to_glibc_or_right():
    half_pi = math.pi / 2
    xs = np.array([0.0, -0.0, 1e-300, 5e-324, 1e-20, -1e-9, half_pi, -half_pi, 3 * half_pi,
                   np.nextafter(half_pi, 4.0), 99.0, 100.0, 1e5, -1e22, np.inf, -np.inf, np.nan])
    sin, cos, certain = _checked(xs)
    glibc_sin, glibc_cos = _glibc(xs)
    # zeros; cos exactly 1.0 (a power of two: the double below is half an ulp away, which the
    # bound does not cover); near multiples of pi/2; too large; not finite
    assert not certain[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16]].any()
    same = certain & (sin.view(np.int64) == glibc_sin.view(np.int64)) & (
        cos.view(np.int64) == glibc_cos.view(np.int64))
    assert (same == certain).all()


def test_glibc_is_not_correctly_rounded_so_the_check_matters():
    """A correctly rounded sin/cos would not be glibc's: the nearest double to our value (hi)
    differs from glibc's result for some angles, and every one of them is left uncertain."""
    xs = np.random.default_rng(11).uniform(-8, 8, 1_000_000)
    out = _reduced(xs)
    k = np.mod(out[:, 0], 4)
    nearest_sin = np.choose(k.astype(int), [out[:, 2], out[:, 4], -out[:, 2], -out[:, 4]])
    glibc_sin, _ = _glibc(xs)
    differs = nearest_sin != glibc_sin
    assert differs.sum() > 100
    _, _, certain = _checked(xs)
    assert not certain[differs].any()


def test_a_row_of_rotations_is_glibcs_everywhere():
    angles = np.random.default_rng(5).uniform(-8, 8, (4096, 16))
    sin, cos, flag = np.empty(16), np.empty(16), np.empty(16)
    glibc_sin, glibc_cos = _glibc(angles.ravel())
    ours = []
    for row in angles:
        trig.sincos_rows(row, sin, cos, flag)
        ours.append((sin.copy(), cos.copy()))
    ours_sin, ours_cos = (np.concatenate(part) for part in zip(*ours))
    assert np.array_equal(ours_sin.view(np.int64), glibc_sin.view(np.int64))
    assert np.array_equal(ours_cos.view(np.int64), glibc_cos.view(np.int64))


def test_the_generated_sweeps_are_what_lanes_generates():
    assert lanes.GENERATED.read_text() == lanes.module_text(body_table(), joint_table()), (
        "rlqwop/game/fast/_sweeps.py is stale: run "
        "python -c 'from rlqwop.game.fast import lanes; lanes.write_generated()'")
