"""Throughput of ``rlqwop train`` on this machine: actors per core and policy lag 0 vs 1.

Claim measured: with ``policy_lag=1`` actors keep collecting while the learner updates, so
environment steps per second rise over strict on-policy PPO (``policy_lag=0``) at the same batch.

    python benchmarks/bench_train.py --total-steps 300000 [--env-id qwop-v0] [--engine fast-approx]

Each configuration is a real ``rlqwop train`` run (mpirun, 1 learner + N actors) in a temporary
runs directory; the numbers come from its TensorBoard log: charts/SPS at the end (steps per second
since the learner started, so MPI start-up is excluded), the learner's mean wait for rollouts and
mean update time, the actors' idle fraction (waiting to send or for parameters, over their whole
time), the measured policy lag, and the mean episode distance of the last 10 updates. Other load
on the machine moves steps/s a lot; the idle fraction much less. ``--repeats`` interleaves the
configurations (A B A B) and reports the median.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import RECORDED_TRAIN_FLAGS, machine  # noqa: E402


def scalars(run_dir: str) -> dict[str, list[float]]:
    acc = EventAccumulator(run_dir)
    acc.Reload()
    return {tag: [e.value for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--env-id", default="qwop-v0")
    parser.add_argument("--total-steps", type=int, default=300_000)
    parser.add_argument("--configs", default="2:1,2:0,1:1,1:0",
                        help="comma-separated num_actors:policy_lag pairs")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--engine", default=None, help="the env's physics engine (default: the env's)")
    parser.add_argument("--num-envs", type=int, default=None,
                        help="environments per actor (default: the recorded runs' 16)")
    args = parser.parse_args()
    flags = list(RECORDED_TRAIN_FLAGS)
    if args.num_envs:
        flags[flags.index("--num-envs") + 1] = str(args.num_envs)
    if args.engine:  # one more key in the recorded env options
        at = flags.index("--env-kwargs") + 1
        flags[at] = json.dumps({**json.loads(flags[at]), "engine": args.engine})
    results: dict[str, list[tuple]] = {}
    with tempfile.TemporaryDirectory() as runs:
        for repeat, pair in [(r, p) for r in range(args.repeats) for p in args.configs.split(",")]:
            actors, lag = (int(x) for x in pair.split(":"))
            name = f"a{actors}-lag{lag}"
            run_name = f"{name}-{repeat}"
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "rlqwop.cli", "train", "--env-id", args.env_id,
                            "--runs-dir", runs, "--name", run_name, "--num-actors", str(actors),
                            "--policy-lag", str(lag), "--total-steps", str(args.total_steps),
                            *flags],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wall = time.perf_counter() - start
            s = scalars(os.path.join(runs, run_name))

            def last(tag: str, k: int = 10) -> float:
                return float(np.mean(s[tag][-k:])) if s.get(tag) else float("nan")

            collect, idle = np.sum(s["perf/actor_collect_s"]), np.sum(s["perf/actor_wait_s"])
            results.setdefault(name, []).append((
                s["charts/SPS"][-1], float(np.mean(s["perf/learner_wait_s"])),
                float(np.mean(s["perf/learner_update_s"])), idle / (idle + collect),
                last("charts/policy_lag"), last("charts/episodic_distance"), wall,
                os.getloadavg()[0]))
            print(f"{run_name} done", file=sys.stderr, flush=True)
    print(f"\n{machine()}")
    print(f"{args.env_id} (engine {args.engine or 'default'}, {flags[flags.index('--num-envs') + 1]} "
          f"envs per actor), {args.total_steps} steps, "
          f"{os.cpu_count()} CPUs, median of "
          f"{args.repeats}\n")
    print("| actors:lag | steps/s | learner wait s | learner update s | actor idle | lag "
          "| distance m | wall s | load avg |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, rows in results.items():
        sps, wait, update, idle, lag, dist, wall, load = np.median(np.array(rows), axis=0)
        print(f"| {name} | {sps:.0f} | {wait:.2f} | {update:.2f} | {idle:.0%} | {lag:.2f} | "
              f"{dist:.1f} | {wall:.0f} | {load:.1f} |")


if __name__ == "__main__":
    main()
