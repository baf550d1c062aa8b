"""Hypothesis for the whole suite: no example database (failing examples are not replayed from a
previous run: every run is the same run) and no per-example deadline (a loaded 2-core machine
makes timings meaningless; speed is for benchmarks/). Hypothesis still caches the constants it
reads from the source in ``.hypothesis/`` (git-ignored)."""

from hypothesis import settings

settings.register_profile("rlqwop", database=None, deadline=None)
settings.load_profile("rlqwop")
