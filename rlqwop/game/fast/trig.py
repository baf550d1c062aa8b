"""The kernel's sine and cosine: glibc's, computed in the kernel (vectorisable), and our own.

The engine ``"fast"`` must give the real game's bits, and the real game's sin and cos are glibc's
(Chromium's V8 carries a copy) as its build for x86-64 with FMA computes them: with the C
library's ``sincos`` the kernel follows all 21 recordings bit for bit (docs/PARITY.md), while
glibc's build without FMA differs from the FMA build in about 0.07 % of random angles (4 x 10^6
angles compared on 2026-11-27, its ``sin`` and ``cos`` picked with ``GLIBC_TUNABLES``), which
125 calls per update would meet within a few updates. glibc's results are not correctly rounded,
so no other algorithm reproduces them.

``glibc_sincos`` is that computation in the kernel's own arithmetic: glibc's algorithm (glibc
2.28 to 2.36 at least, ``sysdeps/ieee754/dbl-64/s_sincos.c``: Cody-Waite reduction by pi/2
below 105414350, a table of sin and cos at multiples of 1/128, short polynomials, a Taylor
series below 0.126) with the same operations in the same order, and with each product fused
into a multiply-add exactly where GCC fused it in glibc's ``__sincos_fma`` (read from its
machine code; here ``llvm.fma``, which is exact on any CPU, so the bits no longer depend on the
machine's C library). The table is computed here, not copied: sin and cos of k/128 as
double-doubles from their Taylor series in integer arithmetic. glibc's own table differs from
these correctly rounded ones in 18 of its 220 low words, by one unit of the low word (2^-106
relative), which cannot show in a result unless that falls within 2^-106 of a rounding
boundary. Compared with glibc's ``sin`` and ``cos``: 3.6 x 10^7 random angles and 1.5 x 10^7
close to those 18 entries, all the same bits (2026-11-27; tests/game/test_kernel_math.py
checks about 250,000, range edges included, wherever the C library is that build, and pins a
hash of them everywhere). Beyond 105414350 radians and for inf or NaN, glibc's
``sincos`` itself is called (its other range reduction is not reproduced; the runner's angles
stay within some hundred radians).

Below that bound ``glibc_sincos`` has no branch and no call (every path is computed and
selected), so a loop of them vectorises, four angles at a time: the lanes' rows of 16 angles
(lanes.glibc_rotations) cost 7.4 ns per angle against 17.2 for the C library's ``sincos`` called
for each, 2.3x (``python benchmarks/bench_sincos.py``, 2026-11-27), and the kernel loop of
``fast`` ran 1.35x faster than with the calls (BENCHMARKS.md).

The engine ``"fast-approx"`` uses a sine and cosine of its own instead (``own_sincos``): a
Cody-Waite reduction by pi/2 and Taylor polynomials, no table. They are within 2 units of 2^-53
of glibc's (tests), which keeps the physics within 0.01 units of every recording of the real
game, but not bit for bit (docs/PARITY.md). Which of the two refreshes a body's rotation is data,
not code (the body's ``TRIG`` field): one compiled kernel serves both engines.
"""

from __future__ import annotations

import ctypes.util
import math
from fractions import Fraction

import llvmlite.binding as llvm
import numpy as np
from llvmlite import ir
from numba import njit, types
from numba.core import cgutils
from numba.extending import intrinsic


# --- the C library's sincos: the fallback beyond glibc_sincos's range ----------------------------
def _c_library_has_sincos() -> bool:
    """``sincos`` is a GNU extension: load the C math library for the JIT's linker and look."""
    name = ctypes.util.find_library("m")
    if name:
        try:
            llvm.load_library_permanently(name)
        except RuntimeError:
            return False
    return llvm.address_of_symbol("sincos") is not None


@intrinsic
def _sincos_call(typingctx, x):
    """(sin x, cos x) from one call of the C library's ``sincos``."""
    def codegen(context, builder, signature, args):
        d = ir.DoubleType()
        fn = cgutils.get_or_insert_function(
            builder.module, ir.FunctionType(ir.VoidType(), [d, d.as_pointer(), d.as_pointer()]),
            "sincos")
        sin, cos = cgutils.alloca_once(builder, d), cgutils.alloca_once(builder, d)
        builder.call(fn, [args[0], sin, cos])
        return context.make_tuple(builder, signature.return_type, [builder.load(sin), builder.load(cos)])
    return types.UniTuple(types.float64, 2)(types.float64), codegen


@njit(cache=True, _nrt=False, inline="always")
def _two_calls(x):
    return math.sin(x), math.cos(x)


# a C library without sincos gets the two calls (the same values, a little slower)
HAS_SINCOS = _c_library_has_sincos()
libm_sincos = _sincos_call if HAS_SINCOS else _two_calls


# --- glibc's sincos in the kernel ---------------------------------------------------------------
@intrinsic
def _fma(typingctx, a, b, c):
    """a * b + c with one rounding (LLVM's fma: the instruction, or an exact library call)."""
    def codegen(context, builder, signature, args):
        d = ir.DoubleType()
        return builder.call(builder.module.declare_intrinsic("llvm.fma", [d], ir.FunctionType(d, [d, d, d])), args)
    return types.float64(types.float64, types.float64, types.float64), codegen


@intrinsic
def _bits(typingctx, a):
    """The float's 64 bits as an integer (glibc reads a table index and the quadrant from them)."""
    def codegen(context, builder, signature, args):
        return builder.bitcast(args[0], ir.IntType(64))
    return types.int64(types.float64), codegen


def _sin_cos_table(rows: int = 128) -> np.ndarray:
    """(rows, 4): sin(k/128) and cos(k/128) as double-doubles (high, low, high, low), each the
    correctly rounded parts of the Taylor series summed in integer arithmetic to 2^-240 (k/128 < 1:
    the 40th term is below 10^-48). Rows past 109 are never read; they keep every index in the
    table whatever the angle."""
    one = 1 << 240
    table = []
    for k in range(rows):
        term, sin, cos = one, 0, one
        for n in range(1, 40):
            term = term * k // (128 * n)
            if n % 2:
                sin += term if n % 4 == 1 else -term
            else:
                cos += term if n % 4 == 0 else -term
        row = []
        for value in (sin, cos):
            high = value / one  # int / int rounds correctly
            row += [high, (value - int(Fraction(high) * one)) / one]
        table.append(row)
    return np.array(table)


_TABLE = _sin_cos_table()
_T_SIN, _T_SIN_LOW, _T_COS, _T_COS_LOW = (np.ascontiguousarray(_TABLE[:, i]) for i in range(4))


def _from_bits(word: int) -> float:
    return float(np.array([word], dtype=np.uint64).view(np.float64)[0])


# glibc's constants (sysdeps/ieee754/dbl-64/usncs.h and s_sin.c) and its ranges, which glibc tests on
# the high 32 bits of |x|: below each bound a number's high word is below the bound's
_TS1, _TS2, _TS3, _TS4, _TS5 = (float.fromhex(h) for h in (
    "-0x1.5555555555555p-3", "0x1.1111111110ECEp-7", "-0x1.A01A019DB08B8p-13", "0x1.71DE27B9A7ED9p-19",
    "-0x1.ADDFFC2FCDF59p-26"))
_SN3, _SN5 = -1.66666666666664880952546298448555e-01, 8.33333214285722277379541354343671e-03
_CS2, _CS4, _CS6 = (4.99999999999999999999950396842453e-01, -4.16666666666664434524222570944589e-02,
                    1.38888874007937613028114285595617e-03)
_BIG, _TOINT = float.fromhex("0x1.8p45"), float.fromhex("0x1.8p52")  # round to 1/128 / to integers
_HP0, _HP1 = float.fromhex("0x1.921FB54442D18p0"), float.fromhex("0x1.1A62633145C07p-54")  # pi/2
_HPINV = float.fromhex("0x1.45F306DC9C883p-1")  # 2/pi
_MP1, _MP2 = float.fromhex("0x1.921FB58000000p0"), float.fromhex("-0x1.DDE973C000000p-27")
_PP3, _PP4 = float.fromhex("-0x1.CB3B398000000p-55"), float.fromhex("-0x1.d747f23e32ed7p-83")
_TINY = _from_bits(0x3E40000000000000)    # 2^-27: sin x = x, cos x = 1
_SMALL = _from_bits(0x3FEB600000000000)   # 0.85546875: x itself goes to the table
_MIDDLE = _from_bits(0x400368FD00000000)  # 2.4262638...: pi/2 - |x| goes to the table
LARGE = _from_bits(0x419921FB00000000)    # 105414336: beyond, glibc's sincos is called


@njit(cache=True, _nrt=False, inline="always", error_model="numpy")
def _sin_part(a, da, low, table_sin, table_sin_low, table_cos, table_cos_low):
    """glibc's do_sin(a, da): sin(a + da) for |a| < 0.8555 from the table row at |a| (whose
    ``low = |a| - k/128``), or below 0.126 from a Taylor series; both computed, one chosen."""
    d = da if a > 0.0 else -da
    xx = low * low
    s = low + _fma(low * xx, _fma(xx, _SN5, _SN3), d)
    c = _fma(low, d, xx * _fma(_fma(xx, _CS6, _CS4), xx, _CS2))
    cor = _fma(s, table_cos, _fma(-c, table_sin, _fma(s, table_cos_low, table_sin_low)))
    from_table = math.copysign(table_sin + cor, a)
    aa = a * a
    p = _fma(_fma(_fma(_fma(_TS5, aa, _TS4), aa, _TS3), aa, _TS2), aa, _TS1)
    taylor = a + _fma(aa, _fma(p, a, -(0.5 * da)), da)
    return taylor if abs(a) < 0.126 else from_table


@njit(cache=True, _nrt=False, inline="always", error_model="numpy")
def _cos_part(a, da, low, table_sin, table_sin_low, table_cos, table_cos_low):
    """glibc's do_cos(a, da): cos(a + da) from the table row at |a|."""
    x = low + (-da if a < 0.0 else da)
    xx = x * x
    s = _fma(x * xx, _fma(xx, _SN5, _SN3), x)
    c = xx * _fma(_fma(xx, _CS6, _CS4), xx, _CS2)
    return table_cos + _fma(-s, table_sin, _fma(-table_cos, c, _fma(-s, table_sin_low, table_cos_low)))


@njit(cache=True, _nrt=False, inline="always", error_model="numpy")
def glibc_sincos_in_range(x):
    """(sin x, cos x), glibc's bits for |x| < LARGE (beyond: a finite value, not glibc's). Every
    range's reduction is computed and one chosen, so that a loop of these vectorises."""
    ax = abs(x)
    # 0.8555 <= |x| < 2.4263: sin x = +-cos(pi/2 - |x|), cos x = sin(pi/2 - |x|)
    y = _HP0 - ax
    a_mid = y + _HP1
    da_mid = (y - a_mid) + _HP1
    # 2.4263 <= |x| < LARGE: x = n pi/2 + (a + da), |a| <= pi/4
    t = _fma(x, _HPINV, _TOINT)
    xn = t - _TOINT
    r = _fma(-xn, _MP2, _fma(-xn, _MP1, x))
    r1 = _fma(-xn, _PP3, r)
    dr = _fma(-xn, _PP3, r - r1)
    a_far = _fma(-xn, _PP4, r1)
    da_far = dr + _fma(-xn, _PP4, r1 - a_far)
    n = _bits(t) & 3
    if (n == 1) | (n == 2):
        a_far, da_far = -a_far, -da_far
    small, middle = ax < _SMALL, ax < _MIDDLE
    a = x if small else (a_mid if middle else (a_far if ax < LARGE else 0.0))
    da = 0.0 if small else (da_mid if middle else (da_far if ax < LARGE else 0.0))
    # the table row nearest |a|: adding 1.5 * 2^45 rounds to a multiple of 1/128, k in the low bits
    u = _BIG + abs(a)
    k = _bits(u) & 127
    low = abs(a) - (u - _BIG)
    row_sin, row_sin_low, row_cos, row_cos_low = _T_SIN[k], _T_SIN_LOW[k], _T_COS[k], _T_COS_LOW[k]
    sin_a = _sin_part(a, da, low, row_sin, row_sin_low, row_cos, row_cos_low)
    cos_a = _cos_part(a, da, low, row_sin, row_sin_low, row_cos, row_cos_low)
    if small:
        sin, cos = sin_a, cos_a
    elif middle:
        sin, cos = math.copysign(cos_a, x), sin_a
    else:
        cos_a = -cos_a if n & 2 else cos_a
        sin, cos = (cos_a, sin_a) if n & 1 else (sin_a, cos_a)
    tiny = ax < _TINY
    return (x if tiny else sin), (1.0 if tiny else cos)


@njit(cache=True, _nrt=False, inline="always")
def glibc_sincos(x):
    """(sin x, cos x): glibc's bits (its x86-64 FMA build), computed here; for |x| >= LARGE, inf
    and NaN, the C library's ``sincos``."""
    if abs(x) < LARGE:
        return glibc_sincos_in_range(x)
    return libm_sincos(x)


@njit(cache=True, _nrt=False, error_model="numpy")
def sincos_rows(angle, sin, cos):
    """``sin[i], cos[i] =`` glibc's sin and cos of ``angle[i]`` for a row of angles (the lanes'):
    one vectorised loop, then the C library for any angle out of its range."""
    for i in range(angle.shape[0]):
        sin[i], cos[i] = glibc_sincos_in_range(angle[i])
    for i in range(angle.shape[0]):
        if not abs(angle[i]) < LARGE:
            sin[i], cos[i] = libm_sincos(angle[i])


# --- the engine's own, for "fast-approx" ---------------------------------------------------------
# pi/2 in two parts for Cody-Waite's reduction (the first has 33 significant bits, so q times it is
# exact for |q| < 2^20), and the Taylor coefficients of sin and cos to the 17th and 16th power:
# on the reduced range |r| <= pi/4 the first omitted terms are below 1e-16 relative.
_PIO2_1, _PIO2_2 = 1.57079632673412561417e+00, 6.07710050650619224932e-11
_S = tuple((-1.0) ** n / math.factorial(2 * n + 1) for n in range(1, 9))
_C = tuple((-1.0) ** n / math.factorial(2 * n) for n in range(1, 9))
_ROUND = 6755399441055744.0  # 1.5 * 2^52: adding and subtracting it rounds to the nearest integer


@njit(cache=True, _nrt=False, inline="always", error_model="numpy")
def own_sincos(x):
    """(sin x, cos x) of our own, in float operations only (no branch, no call, no integer), so
    that a loop of them vectorises. Within 2 units of 2^-53 of glibc's values for |x| <= 1e5
    (tests), less accurate beyond (1e-15 at 1e6); the runner's angles stay within some hundred
    radians. The polynomials are evaluated in Estrin's scheme: in the per-game phases a refresh
    is on the critical path, and this one's latency is about glibc's (Horner's: 1.5x)."""
    q = (x * (2.0 / math.pi) + _ROUND) - _ROUND
    r = (x - q * _PIO2_1) - q * _PIO2_2
    z = r * r
    z2 = z * z
    z4 = z2 * z2
    ps = (((_S[0] + _S[1] * z) + (_S[2] + _S[3] * z) * z2)
          + ((_S[4] + _S[5] * z) + (_S[6] + _S[7] * z) * z2) * z4)
    pc = (((_C[0] + _C[1] * z) + (_C[2] + _C[3] * z) * z2)
          + ((_C[4] + _C[5] * z) + (_C[6] + _C[7] * z) * z2) * z4)
    s = r + r * z * ps
    c = 1.0 + z * pc
    h = q * 0.25
    quadrant = h - math.floor(h)  # 0, 0.25, 0.5 or 0.75
    swap = (quadrant == 0.25) | (quadrant == 0.75)
    sin = c if swap else s
    cos = s if swap else c
    sin = -sin if quadrant >= 0.5 else sin
    cos = -cos if (quadrant == 0.25) | (quadrant == 0.5) else cos
    return sin, cos


@njit(cache=True, _nrt=False, inline="always")
def sincos(x, own):
    """(sin x, cos x): glibc's, or with ``own`` (a body's TRIG field) nonzero, ours."""
    if own != 0.0:
        return own_sincos(x)
    return glibc_sincos(x)


__all__ = ["LARGE", "glibc_sincos", "glibc_sincos_in_range", "libm_sincos", "own_sincos", "sincos", "sincos_rows"]
