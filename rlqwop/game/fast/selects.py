"""Selects for the kernel's vectorised loops over lanes, written so that LLVM keeps them selects.

A lane that is not in a pass keeps its values: ``row[g] = new if c else row[g]``. Written so, LLVM
turns the store into a masked store (``vmaskmovpd``; a numba ternary is a branch, and LLVM makes
"store this, or the value already there" a conditional store, which the vectoriser predicates),
and an arm that loads into a masked load. On AMD's Zen 3 a masked store costs several times a
blend and a plain store: a loop of the pattern ran 0.84 ns per lane against 0.23 with a blend, and
removing them from the sweeps made the kernel loop about 1.10x faster (BENCHMARKS.md, session 19).
``unless_kept(c, new, row[g])`` is the same select with the kept value frozen (LLVM's ``freeze``:
the same bits), which LLVM does not recognise as the stored place's value; ``pick`` is a plain
``select`` with both operands evaluated, for a ternary on a condition that a kept store also uses
(LLVM would otherwise merge their branches into one and predicate the stores inside it).
"""

from __future__ import annotations

from llvmlite import ir
from numba import njit, types
from numba.extending import intrinsic


def _select_codegen(freeze: bool):
    def codegen(context, builder, signature, args):
        c, new, old = args
        if freeze:  # (llvmlite's builder has no method for ``freeze``)
            old = ir.instructions.Instruction(builder.block, old.type, "freeze", [old])
            builder._insert(old)
        return builder.select(c, new, old)
    return codegen


def _select_signature(c, new, old):
    if isinstance(c, types.Boolean) and isinstance(new, types.Float) and old == new:
        return new(c, new, old)
    return None


@intrinsic
def _select(typingctx, c, new, old):
    """LLVM's ``select``: ``new`` where ``c``, else ``old``, both evaluated."""
    return _select_signature(c, new, old), _select_codegen(False)


@intrinsic
def _select_frozen(typingctx, c, new, old):
    """``_select`` of ``new`` and LLVM's ``freeze`` of ``old`` (the same value)."""
    return _select_signature(c, new, old), _select_codegen(True)


@njit(cache=True, _nrt=False, inline="always")
def pick(c, new, old):
    """``new if c else old``, both evaluated and no branch."""
    return _select(c, new, old)


@njit(cache=True, _nrt=False, inline="always")
def unless_kept(c, new, old):
    """``new if c else old``, both evaluated and no branch, for a store that keeps a lane's value
    where ``c`` is false: ``row[g] = unless_kept(c, new, row[g])``."""
    return _select_frozen(c, new, old)


__all__ = ["pick", "unless_kept"]
