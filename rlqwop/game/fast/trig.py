"""glibc's sine and cosine of an angle, from one ``sincos`` call.

The real game runs glibc's sin and cos (Chromium's V8 carries a copy), and so must the kernel to
stay bit-identical: glibc's results are not correctly rounded (about 0.15 % are one unit off), so
no other sin/cos reproduces them everywhere. glibc's ``sincos`` computes both with the same
routines as its ``sin`` and ``cos`` (the same bits: 2 x 10^8 random angles compared on
2026-11-26; tests/game/test_fast_engine.py checks 10^6) at about three quarters of the cost of
the two calls; numba's ``math.sin`` and ``math.cos`` make two.

A row of angles (the lanes' position sweep, lanes.py) is a plain loop of calls: on this machine
it costs less than a vectorised double-double evaluation that is trusted only where glibc's
documented error bound forces its result (what this module held until 2026-11-26: 13.2 against
7.6 ns per angle; the kernel loop 1.08x faster without it; BENCHMARKS.md).
"""

from __future__ import annotations

from llvmlite import ir
from numba import njit, types
from numba.core import cgutils
from numba.extending import intrinsic


@intrinsic
def libm_sincos(typingctx, x):
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


@njit(cache=True, _nrt=False)
def sincos_rows(angle, sin, cos):
    """``sin[i], cos[i] =`` glibc's sin and cos of ``angle[i]``, for a row of angles (the lanes')."""
    for i in range(angle.shape[0]):
        sin[i], cos[i] = libm_sincos(angle[i])


__all__ = ["libm_sincos", "sincos_rows"]
