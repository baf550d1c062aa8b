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


@njit(cache=True, _nrt=False)
def sincos_rows(angle, sin, cos):
    """``sin[i], cos[i] =`` glibc's sin and cos of ``angle[i]``, for a row of angles (the lanes')."""
    for i in range(angle.shape[0]):
        sin[i], cos[i] = libm_sincos(angle[i])


__all__ = ["libm_sincos", "sincos_rows"]
