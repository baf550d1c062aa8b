"""Hypothesis for the whole suite: no example database (it would write .hypothesis/ into the
working directory, outside the tests' temporary folders) and no per-example deadline (a loaded
2-core machine makes timings meaningless; speed is for benchmarks/)."""

from hypothesis import settings

settings.register_profile("rlqwop", database=None, deadline=None)
settings.load_profile("rlqwop")
