"""Where the fast engine's step spends its time: each compiled function, and the C library.

    python benchmarks/profile_engine.py [--games 256] [--repeats 15] [--engine fast-approx]
    python benchmarks/profile_engine.py --annotate kernel.step_group [--annotate lanes.glibc_rotations]

Runs ``bench_engine.kernel_runner`` (the compiled step loop with random keys, no Python between
updates) under ``perf record`` and reports each shared object's share of the samples taken while
the loop ran: ``[JIT]`` is numba's compiled kernel, ``libm`` the C library's ``sincos`` (since
2026-11-27 the kernel computes glibc's sin and cos itself, trig.glibc_sincos, ``fast``'s rows of
lanes in ``lanes.glibc_rotations``; the C library only for angles beyond trig.LARGE, so libm
should show 0 %). The loop writes a perf map
(``/tmp/perf-PID.map``) of the functions LLVM kept out of line, so the kernel's share is also
split by function (a function includes everything inlined into it: ``kernel.step_group`` the
per-game phases, collision, islands and broad-phase; ``island.solve_lanes`` the contacts'
loading). Needs Linux ``perf``.

``--annotate NAME`` (a name as the report prints it, without "kernel: ") also shows where inside
that function the samples fell: its machine code is read from the loop's memory and
disassembled with ``objdump`` (binutils), and the instructions with the most samples are listed
with the few before each (a sample usually lands just after the instruction that stalled), with
the hottest 256-byte stretches. That is how session 18 found a branch per body and a cold row
read inside ``step_group`` (BENCHMARKS.md "The per-game phases, third pass").

"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from common import machine

HERE = Path(__file__).resolve().parent
LOOP = """
import sys, time
sys.path.insert(0, {here!r})
import bench_engine
run = bench_engine.kernel_runner({games}, 400, {engine!r})
run()  # load the kernels before perf's window matters
import profile_engine
profile_engine.write_perf_map(bench_engine._kernel_loop)
profile_engine.dump_code({annotate!r}, {code_dir!r})
print("PERF_MAP", profile_engine.perf_map_path())
rates = [run()[1] for _ in range({repeats})]
rates.sort()
print("MEDIAN", rates[len(rates) // 2])
"""


def _short_name(symbol: str) -> str:
    """``rlqwop.game.fast.island.solve_lanes`` from numba's mangled ``_ZN6rlqwop4game...B4v161...``."""
    parts, at = [], 3 if symbol.startswith("_ZN") else None
    while at is not None and at < len(symbol) and symbol[at].isdigit():
        digits = re.match(r"\d+", symbol[at:]).group(0)
        at += len(digits)
        parts.append(symbol[at:at + int(digits)])
        at += int(digits)
    return ".".join(parts).removeprefix("rlqwop.game.fast.") or symbol


def perf_map_path() -> str:
    return f"/tmp/perf-{os.getpid()}.map"


def write_perf_map(dispatcher) -> None:
    """Name, for perf, the functions of ``dispatcher``'s compiled code that LLVM kept out of line
    (``/tmp/perf-PID.map``: start, size, name; a function ends where the next one starts)."""
    starts = set()
    for compiled in dispatcher.overloads.values():
        library = compiled.library
        for fn in library._final_module.functions:
            if not fn.is_declaration:
                address = library.get_pointer_to_function(fn.name)
                if address:
                    starts.add((address, _short_name(fn.name)))
    rows = sorted(starts)
    with open(perf_map_path(), "w") as out:
        for (start, name), (end, _) in zip(rows, rows[1:] + [(rows[-1][0] + 4096, "")]):
            out.write(f"{start:x} {end - start:x} {name}\n")


MAX_CODE = 1 << 20  # bytes: the largest compiled function of the kernel is some tens of KB


def dump_code(names: list[str], directory: str) -> None:
    """The machine code of the perf map's functions called ``names``: ``directory/<start>.bin``
    each, listed in ``directory/code.txt`` (start, size, name). Read through /proc/self/mem, which
    stops at unmapped memory instead of faulting (a map row's size runs to the next function)."""
    if not names:
        return
    rows = [line.split() for line in open(perf_map_path())]
    with open("/proc/self/mem", "rb", buffering=0) as mem, open(Path(directory) / "code.txt", "w") as index:
        for start, size, name in rows:
            if name not in names:
                continue
            # (a row's size runs to the next mapped function, which can be megabytes away)
            code, at = b"", int(start, 16)
            end = at + min(int(size, 16), MAX_CODE)
            while at < end:
                try:
                    mem.seek(at)
                    chunk = mem.read(min(4096 - at % 4096, end - at))
                except OSError:
                    break
                if not chunk:
                    break
                code, at = code + chunk, at + len(chunk)
            (Path(directory) / f"{start}.bin").write_bytes(code)
            index.write(f"{start} {len(code):x} {name}\n")


def annotate(data: Path, directory: Path, top: int = 12) -> str:
    """For each dumped function, its samples' hottest instructions and stretches."""
    ips = [int(word, 16) for word in subprocess.run(
        ["perf", "script", "-i", str(data), "-F", "ip"], capture_output=True, text=True).stdout.split()]
    out = []
    for line in open(directory / "code.txt"):
        start, size, name = line.split()
        base, end = int(start, 16), int(start, 16) + int(size, 16)
        counts: dict[int, int] = {}
        for ip in ips:
            if base <= ip < end:
                counts[ip - base] = counts.get(ip - base, 0) + 1
        total = sum(counts.values())
        if total < 0.002 * len(ips):  # (glibc_rotations comes in many copies, most of them cold)
            continue
        listing = subprocess.run(["objdump", "-D", "-b", "binary", "-m", "i386:x86-64", "--no-show-raw-insn",
                                  str(directory / f"{start}.bin")], capture_output=True, text=True,
                                 check=True).stdout
        code = [(int(m.group(1), 16), m.group(2).strip()) for m in
                (re.match(r"\s*([0-9a-f]+):\s+(.*)$", row) for row in listing.splitlines()) if m]
        out.append(f"\n{name} at {start}: {total} samples ({100 * total / len(ips):.1f} % of the run's)")
        stretches: dict[int, int] = {}
        for offset, n in counts.items():
            stretches[offset // 256] = stretches.get(offset // 256, 0) + n
        hot = sorted(stretches.items(), key=lambda kv: -kv[1])[:8]
        out.append("  hottest 256-byte stretches: "
                   + ", ".join(f"{256 * k:#x} {100 * n / total:.1f} %" for k, n in hot))
        where = {offset: i for i, (offset, _) in enumerate(code)}
        for offset, n in sorted(counts.items(), key=lambda kv: -kv[1])[:top]:
            out.append(f"  {100 * n / total:5.1f} % at {offset:#x}:")
            i = where.get(offset)
            out += [f"      {code[k][0]:6x}  {code[k][1]}" for k in (range(max(0, i - 3), i + 1) if i is not None else ())]
    return "\n".join(out)


def shares(report: str) -> dict[str, float]:
    """Percent of samples per shared object, from ``perf report --sort dso --stdio``."""
    out: dict[str, float] = {}
    for line in report.splitlines():
        m = re.match(r"\s*([\d.]+)%\s+(.+?)\s*$", line)
        if m:
            name = "[JIT]" if m.group(2).startswith("[JIT]") else m.group(2)
            out[name] = out.get(name, 0.0) + float(m.group(1))
    return out


def function_shares(report: str) -> dict[str, float]:
    """Percent of samples per (library, function) of the step: ``--sort dso,sym``, JIT and libm."""
    out: dict[str, float] = {}
    for line in report.splitlines():
        m = re.match(r"\s*([\d.]+)%\s+(\S+(?: tid \d+)?)\s+\[\.\]\s+(.+?)\s*$", line)
        if m and (m.group(2).startswith("[JIT]") or m.group(2).startswith("libm")):
            lib = "libm" if m.group(2).startswith("libm") else "kernel"
            key = f"{lib}: {m.group(3) if not m.group(3).startswith('0x') else '(unnamed)'}"
            out[key] = out.get(key, 0.0) + float(m.group(1))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--games", type=int, default=256)
    parser.add_argument("--engine", default="fast", choices=("fast", "fast-approx"))
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--annotate", action="append", default=[], metavar="NAME",
                        help="also show where inside this function the samples fell (e.g. kernel.step_group)")
    args = parser.parse_args()
    if shutil.which("perf") is None:
        sys.exit("profile_engine: needs Linux perf (apt install linux-perf)")
    if args.annotate and shutil.which("objdump") is None:
        sys.exit("profile_engine: --annotate needs objdump (apt install binutils)")
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "perf.data"
        code = LOOP.format(here=str(HERE), games=args.games, repeats=args.repeats, engine=args.engine,
                           annotate=args.annotate, code_dir=tmp)
        run = subprocess.run(["perf", "record", "-q", "-o", str(data), "--", sys.executable, "-c",
                              code], capture_output=True, text=True, check=True)
        rate = float(re.search(r"MEDIAN ([\d.e+]+)", run.stdout).group(1))
        report, by_function = (
            subprocess.run(["perf", "report", "-i", str(data), "--no-children", "--sort", sort,
                            "--stdio"], capture_output=True, text=True, check=True).stdout
            for sort in ("dso", "dso,sym"))
        annotated = annotate(data, Path(tmp)) if args.annotate else ""
    Path(re.search(r"PERF_MAP (\S+)", run.stdout).group(1)).unlink(missing_ok=True)
    got = shares(report)
    libm = sum(v for k, v in got.items() if k.startswith("libm"))
    jit = got.get("[JIT]", 0.0)
    step_us = 1e6 / rate
    print(f"engine {args.engine!r}, N = {args.games}: {rate:,.0f} game updates/s per core ({step_us:.2f} µs per update)")
    print(f"samples: compiled kernel {jit:.1f} %, libm (sincos) {libm:.1f} %, "
          f"the rest (Python, numpy, start-up) {100 - jit - libm:.1f} %")
    funcs = function_shares(by_function)
    inside = libm / (libm + jit)
    if inside > 0:  # the C library is called only for angles beyond trig.LARGE
        print(f"sin and cos (glibc's sincos) are {100 * inside:.0f} % of the step: "
              f"{inside * step_us:.2f} µs per update; with the rest of the step free, at most "
              f"{1 / inside:.1f}x faster")
    print("share of the step by function (out-of-line functions; callees LLVM inlined count in "
          "their caller):")
    for name, share in sorted(funcs.items(), key=lambda kv: -kv[1]):
        if share >= 0.005 * (libm + jit):
            print(f"  {100 * share / (libm + jit):5.1f} %  {name}")
    if annotated:
        print(annotated)


if __name__ == "__main__":
    main()
