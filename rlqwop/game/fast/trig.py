"""glibc's sin and cos, vectorisable: a double-double evaluation trusted where glibc's error bound
leaves it no other result, and a flag for the rest.

The real game runs glibc's sine and cosine (Chromium's V8 carries a copy), and so does the scalar
kernel (numba calls the C library). A body's rotation after a joint correction is a sine and a
cosine of its new angle; in the lanes' position sweep (lanes.py) they are needed for 16 games at
once, and a call to the C library would keep the sweep from being vectorised. glibc's results are
not correctly rounded (about 0.15 % are one unit off), so no other sin/cos reproduces them
everywhere; but glibc documents its error: at most 0.548 units in the last place (ulp) for sin of
|x| < 0.855469 and 0.518 ulp otherwise, for cos everywhere (the comments of its s_sin.c). So when
the exact value lies within 1 - 0.548 ulp of a double, glibc must return that double: any other
is more than 0.548 ulp away. ``sincos_checked`` computes sin and cos to about 0.01 ulp as
double-double sums (hi + lo) and says whether, with that error added, the rounding of hi is
certain by that argument. About 80 % of angles are; for the others the caller calls glibc.

Everything here is branch-free arithmetic (selects), so LLVM vectorises a loop over games calling
it. The constants are pi/2 in three parts (the first two with 33 significant bits, so that their
products with the quadrant are exact), 2/pi, and 1/6 and 1/24 as double-double sums; tests check
them against mpmath.
"""

from __future__ import annotations

import math

from llvmlite import ir
from numba import njit, types
from numba.core import cgutils
from numba.extending import intrinsic


@intrinsic
def fma(typingctx, a, b, c):
    """a * b + c rounded once (the exact error of a product: fma(a, b, -(a * b)))."""
    def codegen(context, builder, signature, args):
        d = ir.DoubleType()
        fn = cgutils.get_or_insert_function(builder.module, ir.FunctionType(d, [d, d, d]),
                                            "llvm.fma.f64")
        return builder.call(fn, args)
    return types.float64(types.float64, types.float64, types.float64), codegen


@intrinsic
def _bits(typingctx, x):
    def codegen(context, builder, signature, args):
        return builder.bitcast(args[0], ir.IntType(64))
    return types.int64(types.float64), codegen


@intrinsic
def _from_bits(typingctx, x):
    def codegen(context, builder, signature, args):
        return builder.bitcast(args[0], ir.DoubleType())
    return types.float64(types.int64), codegen


TWO_OVER_PI = float.fromhex("0x1.45f306dc9c883p-1")
PIO2_1 = float.fromhex("0x1.921fb54400000p+0")   # pi/2 = PIO2_1 + PIO2_2 + PIO2_3 + O(2^-123)
PIO2_2 = float.fromhex("0x1.0b4611a600000p-34")
PIO2_3 = float.fromhex("0x1.3198a2e037073p-69")
SIXTH = (float.fromhex("0x1.5555555555555p-3"), float.fromhex("0x1.5555555555555p-57"))
C24 = (float.fromhex("0x1.5555555555555p-5"), float.fromhex("0x1.5555555555555p-59"))
SIN_TAIL = tuple((-1.0) ** n / math.factorial(2 * n + 5) for n in range(7))  # 1/5!, -1/7!, ...
COS_TAIL = tuple((-1.0) ** n / math.factorial(2 * n + 6) for n in range(7))  # 1/6!, -1/8!, ...
MAX_ANGLE = 100.0  # beyond, the quadrant's products with pi/2's parts are no longer exact enough
ERROR = 0.03       # bound on our error in ulp (measured: 0.011 for sin, 0.0025 for cos)
SIN_SMALL, SIN_BOUND, BOUND = 0.855469, 0.548, 0.518  # glibc's stated worst errors, in ulp
_EXPONENT, _MANTISSA = 0x7FF0000000000000, 0x000FFFFFFFFFFFFF


@intrinsic
def libm_sincos(typingctx, x):
    """(sin x, cos x) from one call of the C library's ``sincos``: in glibc the same routines as
    its ``sin`` and ``cos``, so the same bits (2 x 10^8 random angles compared, 2026-11-26), at
    about three quarters of the cost of the two calls."""
    def codegen(context, builder, signature, args):
        d = ir.DoubleType()
        fn = cgutils.get_or_insert_function(
            builder.module, ir.FunctionType(ir.VoidType(), [d, d.as_pointer(), d.as_pointer()]),
            "sincos")
        sin, cos = cgutils.alloca_once(builder, d), cgutils.alloca_once(builder, d)
        builder.call(fn, [args[0], sin, cos])
        return context.make_tuple(builder, signature.return_type, [builder.load(sin), builder.load(cos)])
    return types.UniTuple(types.float64, 2)(types.float64), codegen


@njit(cache=True, _nrt=False, inline="always", error_model="numpy")
def _poly(z, c):
    return c[0] + z * (c[1] + z * (c[2] + z * (c[3] + z * (c[4] + z * (c[5] + z * c[6])))))


@njit(cache=True, _nrt=False, inline="always", error_model="numpy")
def sincos_reduced(x):
    """(q, r, sin r as hi + lo, cos r as hi + lo) for x = q pi/2 + r, |r| <= pi/4."""
    q = math.floor(x * TWO_OVER_PI + 0.5)
    a = x - q * PIO2_1  # exact
    t = q * PIO2_2      # exact
    rh = a - t
    v = rh - a
    rl = ((a - (rh - v)) + (-t - v)) - q * PIO2_3
    r = rh + rl
    rl = rl - (r - rh)
    rh = r
    zh = rh * rh
    zl = fma(rh, rh, -zh)
    # sin rh = rh - rh^3/6 + rh^5 (1/5! - ...), the first two terms as double-double; then rl cos rh
    ph = rh * zh
    pl = fma(rh, zh, -ph) + rh * zl
    qh = ph * SIXTH[0]
    ql = fma(ph, SIXTH[0], -qh) + (ph * SIXTH[1] + pl * SIXTH[0])
    sh = rh - qh
    sl = ((((rh - sh) - qh) - ql) + ph * zh * _poly(zh, SIN_TAIL)
          + rl * (1.0 - zh * 0.5 + zh * zh * C24[0]))
    s = sh + sl
    sl = sl - (s - sh)
    # cos rh = 1 - rh^2/2 + rh^4/24 - rh^6 (1/6! - ...), likewise; then - rl sin rh
    ch = 1.0 - zh * 0.5
    ce = (1.0 - ch) - zh * 0.5
    z2h = zh * zh
    z2l = fma(zh, zh, -z2h) + 2.0 * zh * zl
    d = z2h * C24[0]
    dl = fma(z2h, C24[0], -d) + (z2h * C24[1] + z2l * C24[0])
    mh = ch + d
    cl = ((((ce - zl * 0.5) + (d - (mh - ch))) + dl) - z2h * zh * _poly(zh, COS_TAIL)
          - rl * rh * (1.0 - zh * SIXTH[0]))
    c = mh + cl
    cl = cl - (c - mh)
    return q, rh, s, sl, c, cl


@njit(cache=True, _nrt=False, inline="always", error_model="numpy")
def _certain(hi, lo, bound):
    """hi is the double within ``bound`` ulp of hi + lo (+ our ERROR), and the only one."""
    bits = _bits(hi)
    ulp = _from_bits(bits & _EXPONENT) * 2.0 ** -52
    return (abs(lo) < (1.0 - bound - ERROR) * ulp) & ((bits & _MANTISSA) != 0)


@njit(cache=True, _nrt=False, inline="always", error_model="numpy")
def sincos_checked(x):
    """(sin x, cos x, certain): when ``certain``, exactly glibc's ``sin(x)`` and ``cos(x)``;
    otherwise the caller must call glibc (math.sin, math.cos). Branch-free."""
    q, rh, s, sl, c, cl = sincos_reduced(x)
    k = q - 4.0 * math.floor(q * 0.25)
    small = abs(x) < SIN_SMALL  # glibc's sin(x) is sin r for even k, cos r for odd k
    odd = (k == 1.0) | (k == 3.0)
    certain = (_certain(s, sl, SIN_BOUND if small & ~odd else BOUND)
               & _certain(c, cl, SIN_BOUND if small & odd else BOUND) & (abs(x) < MAX_ANGLE)
               & ((q == 0.0) | (abs(rh) > 2.0 ** -30)))  # near a multiple of pi/2: too few bits
    sin = s if k == 0.0 else c if k == 1.0 else -s if k == 2.0 else -c
    cos = c if k == 0.0 else -s if k == 1.0 else -c if k == 2.0 else s
    return sin, cos, certain


@njit(cache=True, _nrt=False, error_model="numpy")
def sincos_rows(angle, sin, cos, flag):
    """``sin[i], cos[i] =`` glibc's sin and cos of ``angle[i]``, for a row of angles (the lanes'):
    vectorised where certain, then glibc's call for the rest (``flag`` is scratch)."""
    for i in range(angle.shape[0]):
        s, c, certain = sincos_checked(angle[i])
        sin[i] = s
        cos[i] = c
        flag[i] = 0.0 if certain else 1.0
    for i in range(angle.shape[0]):
        if flag[i] != 0.0:
            sin[i], cos[i] = libm_sincos(angle[i])


__all__ = ["sincos_checked", "sincos_reduced", "sincos_rows", "fma", "libm_sincos"]
