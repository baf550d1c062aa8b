"""glibc's sine and cosine of an angle, from one ``sincos`` call.

The real game runs glibc's sin and cos (Chromium's V8 carries a copy), and so must the kernel to
stay bit-identical: glibc's results are not correctly rounded (about 0.15 % are one unit off), so
no other sin/cos reproduces them everywhere. glibc's ``sincos`` computes both with the same
routines as its ``sin`` and ``cos`` (the same bits: 2 x 10^8 random angles compared on
2026-11-26; tests/game/test_kernel_math.py checks 250,000) at about three quarters of the cost of
the two calls; numba's ``math.sin`` and ``math.cos`` make two. A C library without ``sincos``
(it is a GNU extension) gets those two calls instead.

A row of angles (the lanes' position sweep, lanes.py) is a plain loop of calls: on this machine
it costs less than a vectorised double-double evaluation that is trusted only where glibc's
documented error bound forces its result (what this module held until 2026-11-26: 13.2 against
7.6 ns per angle; the kernel loop 1.08x faster without it; BENCHMARKS.md).

The engine ``"fast-approx"`` uses a sine and cosine of its own instead (``own_sincos``): a
Cody-Waite reduction by pi/2 and Taylor polynomials, without a branch or a call, so that a row
of them is vectorised. They are within 2 units of 2^-53 of glibc's (tests), which keeps the
physics within 0.01 units of every recording of the real game, but not bit for bit
(docs/PARITY.md). Which of the two refreshes a body's rotation is data, not code (the body's
``TRIG`` field): one compiled kernel serves both engines.
"""

from __future__ import annotations

import ctypes.util
import math

import llvmlite.binding as llvm
from llvmlite import ir
from numba import njit, types
from numba.core import cgutils
from numba.extending import intrinsic


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
    """(sin x, cos x): glibc's ``sin(x)`` and ``cos(x)``, from one call of its ``sincos``."""
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
    return libm_sincos(x)


@njit(cache=True, _nrt=False)
def sincos_rows(angle, sin, cos):
    """``sin[i], cos[i] =`` glibc's sin and cos of ``angle[i]``, for a row of angles (the lanes')."""
    for i in range(angle.shape[0]):
        sin[i], cos[i] = libm_sincos(angle[i])


__all__ = ["libm_sincos", "own_sincos", "sincos", "sincos_rows"]
