"""The fast engine: the real game's Box2D port, re-written as an array kernel over N games.

``FastWorlds`` steps N games at once; ``FastEngine`` is one game behind the game's ``Engine``
interface (``Game(engine="fast")``). See docs/ENGINE.md for the design.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


# Python-only modules: no kernel reads anything from them, so an edit there cannot make the cached
# machine code stale, and it should not cost a recompile (3 to 5 minutes).
_ADAPTERS = frozenset({"__init__.py", "engine.py", "grouped.py", "world.py"})


def _drop_stale_kernel_cache() -> None:
    """Delete numba's on-disk cache of this package when the layout or the spec changed.

    numba keys its cache on each function's own source file, but the kernel bakes in the tables
    and field indices of ``layout.py`` (built from ``spec.py``) as constants; an edit there would
    otherwise leave stale machine code in use.
    """
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    sources = [path for path in sorted(here.glob("*.py")) if path.name not in _ADAPTERS]
    for path in sources + [here.parent / "spec.py"]:
        digest.update(path.read_bytes())
    cache = here / "__pycache__"
    stamp = cache / "kernel-sources.sha256"
    try:
        if stamp.exists() and stamp.read_text() == digest.hexdigest():
            return
        cache.mkdir(exist_ok=True)
        for pattern in ("*.nbi", "*.nbc"):
            for stale in cache.glob(pattern):
                stale.unlink()
        stamp.write_text(digest.hexdigest())
    except OSError:  # a read-only install: numba then caches elsewhere or not at all
        pass


_drop_stale_kernel_cache()


def kernels_cached() -> bool:
    """Whether numba's disk cache holds the kernels' machine code; if not, the first step
    compiles them, for minutes (README). Looks in this package's ``__pycache__``, or under
    ``$NUMBA_CACHE_DIR`` when that is set."""
    custom = os.environ.get("NUMBA_CACHE_DIR")
    root = Path(custom) if custom else Path(__file__).resolve().parent / "__pycache__"
    return root.is_dir() and all(any(root.rglob(f"kernel.{name}-*.nbi"))
                                 for name in ("step_game", "step_all"))

from rlqwop.game.fast.engine import FastEngine  # noqa: E402
from rlqwop.game.fast.world import FastWorlds  # noqa: E402

__all__ = ["FastEngine", "FastWorlds", "kernels_cached"]
