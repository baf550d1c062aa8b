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
selected). It is written once, as LLVM IR (``_emit``) on one double or on a vector of four, and
so comes in two forms: ``glibc_sincos_in_range`` for one angle (inlined where it is called; a
loop of them LLVM vectorises itself) and ``glibc_sincos_4`` for four angles of an array, which
loads the table's four rows whole and transposes them (where LLVM, vectorising the one-angle
code, loads the 16 numbers one at a time) and flips signs with a xor instead of a blend. On the
lanes' rows (lanes.glibc_rotations) it costs 5.9 ns per angle, against 7.0 for the one-angle
form vectorised by LLVM and 17-18 for the C library's ``sincos`` called for each (``python
benchmarks/bench_sincos.py``, 2026-11-27, 12:05 UTC); the kernel loop of ``fast`` ran 1.35x
faster with the one-angle form than with the calls, and about 1.03x faster again with the
four-angle one (BENCHMARKS.md).

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


_TABLE = _sin_cos_table()  # row k: sin high, sin low, cos high, cos low


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


class _Ops:
    """LLVM IR for glibc's arithmetic on one double (``width`` 1) or four (4, a ``<4 x double>``):
    the same operations either way, so that one description serves both (``_emit``)."""

    def __init__(self, builder: ir.IRBuilder, width: int) -> None:
        self.b, self.width = builder, width
        d, i64 = ir.DoubleType(), ir.IntType(64)
        self.real, self.int = (d, i64) if width == 1 else (ir.VectorType(d, width), ir.VectorType(i64, width))
        suffix = "f64" if width == 1 else f"v{width}f64"
        module = builder.module

        def declare(name: str, arity: int):
            name = f"llvm.{name}.{suffix}"
            signature = ir.FunctionType(self.real, [self.real] * arity)
            return module.globals.get(name) or ir.Function(module, signature, name)
        self._fma, self._fabs, self._copysign = declare("fma", 3), declare("fabs", 1), declare("copysign", 2)

    def _v(self, a):
        if not isinstance(a, float):
            return a
        return ir.Constant(self.real, a if self.width == 1 else [a] * self.width)

    def int_constant(self, a: int):
        return ir.Constant(self.int, a if self.width == 1 else [a] * self.width)

    def add(self, a, b):
        return self.b.fadd(self._v(a), self._v(b))

    def sub(self, a, b):
        return self.b.fsub(self._v(a), self._v(b))

    def mul(self, a, b):
        return self.b.fmul(self._v(a), self._v(b))

    def neg(self, a):
        return self.b.fneg(a)

    def fma(self, a, b, c):
        """a * b + c with one rounding (the instruction, or an exact library call)."""
        return self.b.call(self._fma, [self._v(a), self._v(b), self._v(c)])

    def fabs(self, a):
        return self.b.call(self._fabs, [a])

    def copysign(self, a, b):
        return self.b.call(self._copysign, [a, b])

    def less(self, a, b):
        return self.b.fcmp_ordered("<", self._v(a), self._v(b))

    def greater(self, a, b):
        return self.b.fcmp_ordered(">", self._v(a), self._v(b))

    def select(self, mask, a, b):
        return self.b.select(mask, self._v(a), self._v(b))

    def bits(self, a):
        """The floats' 64 bits as integers (glibc reads a table index and the quadrant from them)."""
        return self.b.bitcast(a, self.int)

    def flip_sign(self, a, sign):
        """``a`` with its sign bit flipped where the integer ``sign`` has its top bit (a xor, where a
        select of -a would take a blend)."""
        return self.b.bitcast(self.b.xor(self.bits(a), sign), self.real)

    def sign_unless(self, mask):
        """The sign bit where ``mask`` is false."""
        return self.b.and_(self.b.not_(self.b.sext(mask, self.int)), self.int_constant(-(1 << 63)))

    def or_zero(self, mask, a):
        """``a`` where ``mask``, else +0.0 (an and, where a select would take a blend)."""
        return self.b.bitcast(self.b.and_(self.bits(a), self.b.sext(mask, self.int)), self.real)


def _emit(o: _Ops, x, table_rows):
    """glibc's (sin x, cos x) for |x| < LARGE (beyond: finite values, not glibc's), every range's
    path computed and one chosen. ``table_rows(k)`` gives the table's four columns at the
    integer(s) ``k``. glibc's operations in glibc's order: its do_sin and do_cos (s_sin.c) below."""
    ax = o.fabs(x)
    # 0.8555 <= |x| < 2.4263: sin x = +-cos(pi/2 - |x|), cos x = sin(pi/2 - |x|)
    y = o.sub(_HP0, ax)
    a_mid = o.add(y, _HP1)
    da_mid = o.add(o.sub(y, a_mid), _HP1)
    # 2.4263 <= |x| < LARGE: x = n pi/2 + (a + da), |a| <= pi/4
    t = o.fma(x, _HPINV, _TOINT)
    xn = o.neg(o.sub(t, _TOINT))
    r = o.fma(xn, _MP2, o.fma(xn, _MP1, x))
    r1 = o.fma(xn, _PP3, r)
    dr = o.fma(xn, _PP3, o.sub(r, r1))
    a_far = o.fma(xn, _PP4, r1)
    da_far = o.add(dr, o.fma(xn, _PP4, o.sub(r1, a_far)))
    n = o.b.and_(o.bits(t), o.int_constant(3))
    # negated for n = 1 and 2: bit 1 of n + 1 moved to the sign bit
    negate = o.b.shl(o.b.and_(o.b.add(n, o.int_constant(1)), o.int_constant(2)), o.int_constant(62))
    a_far, da_far = o.flip_sign(a_far, negate), o.flip_sign(da_far, negate)
    small, middle, in_range = o.less(ax, _SMALL), o.less(ax, _MIDDLE), o.less(ax, LARGE)
    a = o.select(small, x, o.select(middle, a_mid, o.or_zero(in_range, a_far)))
    da = o.or_zero(o.b.not_(small), o.select(middle, da_mid, o.or_zero(in_range, da_far)))
    # the table row nearest |a|: adding 1.5 * 2^45 rounds to a multiple of 1/128, k in the low bits
    abs_a = o.fabs(a)
    u = o.add(_BIG, abs_a)
    low = o.sub(abs_a, o.sub(u, _BIG))
    t_sin, t_sin_low, t_cos, t_cos_low = table_rows(o.b.and_(o.bits(u), o.int_constant(127)))
    # do_sin(a, da): sin(a + da) from the table row at |a|, or below 0.126 from a Taylor series
    d = o.flip_sign(da, o.sign_unless(o.greater(a, 0.0)))
    xx = o.mul(low, low)
    s = o.add(low, o.fma(o.mul(low, xx), o.fma(xx, _SN5, _SN3), d))
    c = o.fma(low, d, o.mul(xx, o.fma(o.fma(xx, _CS6, _CS4), xx, _CS2)))
    cor = o.fma(s, t_cos, o.fma(o.neg(c), t_sin, o.fma(s, t_cos_low, t_sin_low)))
    from_table = o.copysign(o.add(t_sin, cor), a)
    aa = o.mul(a, a)
    p = o.fma(o.fma(o.fma(o.fma(_TS5, aa, _TS4), aa, _TS3), aa, _TS2), aa, _TS1)
    taylor = o.add(a, o.fma(aa, o.fma(p, a, o.neg(o.mul(0.5, da))), da))
    sin_a = o.select(o.less(abs_a, 0.126), taylor, from_table)
    # do_cos(a, da): cos(a + da) from the table row at |a|
    x2 = o.add(low, o.flip_sign(da, o.sign_unless(o.b.not_(o.less(a, 0.0)))))
    xx = o.mul(x2, x2)
    s = o.fma(o.mul(x2, xx), o.fma(xx, _SN5, _SN3), x2)
    c = o.mul(xx, o.fma(o.fma(xx, _CS6, _CS4), xx, _CS2))
    cos_a = o.add(t_cos, o.fma(o.neg(s), t_sin,
                               o.fma(o.neg(t_cos), c, o.fma(o.neg(s), t_sin_low, t_cos_low))))
    # the quadrant: n & 2 negates the cosine, n & 1 swaps the two
    cos_far = o.flip_sign(cos_a, o.b.shl(o.b.and_(n, o.int_constant(2)), o.int_constant(62)))
    swap = o.b.icmp_signed("!=", o.b.and_(n, o.int_constant(1)), o.int_constant(0))
    sin = o.select(small, sin_a, o.select(middle, o.copysign(cos_a, x), o.select(swap, cos_far, sin_a)))
    cos = o.select(small, cos_a, o.select(middle, sin_a, o.select(swap, sin_a, cos_far)))
    tiny = o.less(ax, _TINY)  # sin x = x, cos x = 1
    return o.select(tiny, x, sin), o.select(tiny, 1.0, cos), in_range


def _data(context, builder, array_type, array):
    return context.make_array(array_type)(context, builder, array).data


@intrinsic
def _glibc_sincos_1(typingctx, x, table):
    """(sin x, cos x) by ``_emit`` for one double; ``table`` is _TABLE."""
    def codegen(context, builder, signature, args):
        rows = _data(context, builder, signature.args[1], args[1])

        def table_rows(k):
            at = builder.mul(k, ir.Constant(ir.IntType(64), 4))
            return [builder.load(builder.gep(rows, [builder.add(at, ir.Constant(ir.IntType(64), j))]))
                    for j in range(4)]
        sin, cos, _ = _emit(_Ops(builder, 1), args[0], table_rows)
        return context.make_tuple(builder, signature.return_type, [sin, cos])
    return types.UniTuple(types.float64, 2)(x, table), codegen


@intrinsic
def _glibc_sincos_4(typingctx, angle, i, sin, j, cos, k, table):
    """``sin[j:j + 4], cos[k:k + 4] =`` sin and cos of ``angle[i:i + 4]`` by ``_emit`` on a
    ``<4 x double>``, the table's four rows loaded whole and transposed (LLVM, vectorising the
    scalar code, loads them one number at a time); True if an angle was beyond LARGE or not finite.
    The arrays must be contiguous 1-D float64 (checked when compiled); the offsets are not checked."""
    for array in (angle, sin, cos):
        if not (isinstance(array, types.Array) and array.ndim == 1 and array.layout == "C"
                and array.dtype == types.float64):
            raise TypeError(f"glibc_sincos_4 takes contiguous 1-D float64 arrays, not {array}")

    def codegen(context, builder, signature, args):
        vector = ir.VectorType(ir.DoubleType(), 4)
        i32 = ir.IntType(32)

        def four(array_at, offset):
            data = _data(context, builder, signature.args[array_at], args[array_at])
            return builder.bitcast(builder.gep(data, [offset]), vector.as_pointer())
        rows = _data(context, builder, signature.args[6], args[6])

        def table_rows(k):
            row = []
            for lane in range(4):
                at = builder.mul(builder.extract_element(k, ir.Constant(i32, lane)),
                                 ir.Constant(ir.IntType(64), 4))
                row_at = builder.bitcast(builder.gep(rows, [at]), vector.as_pointer())
                row.append(builder.load(row_at, align=8))

            def shuffle(a, b, picks):
                return builder.shuffle_vector(a, b, ir.Constant(ir.VectorType(i32, 4), picks))
            # rows (s, sl, c, cl) of four angles into the columns of four angles
            highs01, lows01 = shuffle(row[0], row[1], [0, 4, 2, 6]), shuffle(row[0], row[1], [1, 5, 3, 7])
            highs23, lows23 = shuffle(row[2], row[3], [0, 4, 2, 6]), shuffle(row[2], row[3], [1, 5, 3, 7])
            return (shuffle(highs01, highs23, [0, 1, 4, 5]), shuffle(lows01, lows23, [0, 1, 4, 5]),
                    shuffle(highs01, highs23, [2, 3, 6, 7]), shuffle(lows01, lows23, [2, 3, 6, 7]))
        x = builder.load(four(0, args[1]), align=8)
        sin, cos, in_range = _emit(_Ops(builder, 4), x, table_rows)
        builder.store(sin, four(2, args[3]), align=8)
        builder.store(cos, four(4, args[5]), align=8)
        out = builder.bitcast(builder.not_(in_range), ir.IntType(4))
        return builder.icmp_unsigned("!=", out, ir.Constant(ir.IntType(4), 0))
    return types.boolean(angle, types.intp, sin, types.intp, cos, types.intp, table), codegen


@njit(cache=True, _nrt=False, inline="always")
def glibc_sincos_in_range(x):
    """(sin x, cos x), glibc's bits for |x| < LARGE (beyond: a finite value, not glibc's). Every
    range's path is computed and one chosen, so that a loop of these vectorises."""
    return _glibc_sincos_1(x, _TABLE)


@njit(cache=True, _nrt=False, inline="always")
def glibc_sincos_4(angle, i, sin, j, cos, k):
    """``sin[j:j + 4], cos[k:k + 4] =`` glibc's sin and cos of ``angle[i:i + 4]`` (1-D float64
    arrays), four at once in 256-bit vectors; returns True if one of the four is beyond LARGE or
    not finite (its sin and cos then finite values, not glibc's: see ``sincos_rows``)."""
    return _glibc_sincos_4(angle, i, sin, j, cos, k, _TABLE)


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
    four at a time, then the C library for any angle out of glibc_sincos's range."""
    n = angle.shape[0]
    far = False
    for i in range(0, n - 3, 4):
        far |= glibc_sincos_4(angle, i, sin, i, cos, i)
    for i in range(n - n % 4, n):
        sin[i], cos[i] = glibc_sincos_in_range(angle[i])
        far |= not abs(angle[i]) < LARGE
    if far:
        for i in range(n):
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


__all__ = ["LARGE", "glibc_sincos", "glibc_sincos_4", "glibc_sincos_in_range", "libm_sincos", "own_sincos", "sincos",
           "sincos_rows"]
