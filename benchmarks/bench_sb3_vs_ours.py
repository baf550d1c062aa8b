"""Training throughput of ``rlqwop train`` (our MPI PPO) against Stable-Baselines3's PPO.

Claim measured: our distributed PPO consumes environment steps at least 5x as fast as SB3's PPO
used the way a user would use it with our env, and at least 8,000 steps/s on 2 cores.

    python benchmarks/bench_sb3_vs_ours.py --total-steps 200000 [--repeats 3] [--envs 32]

Each configuration is a separate process, started from scratch, on the same env (qwop-v0, default
options) and step budget, measured in the same run; ``--repeats`` interleaves them (A B C A B C)
and reports medians:

* ``rlqwop train``: the default config (1 learner + 1 actor per core x 16 envs, 128 steps per
  rollout, minibatch 1024, 4 epochs) with ``common.RECORDED_TRAIN_FLAGS`` (the env options,
  network and gamma of the recorded runs, the defaults before 2026-11-26).
* SB3 PPO with its own defaults (n_steps 2048, batch_size 64, n_epochs 10), ``--envs`` envs (default 32: as many as our 2 actors x 16) made with SB3's
  ``make_vec_env`` (each env in a Monitor) on ``DummyVecEnv`` and on ``SubprocVecEnv``: what a
  user of SB3 would write. And the same model on ``GymnasiumVecEnv`` (our adapter over the
  native batched env, with VecMonitor), which isolates the cost of the vector env.
* ``rlqwop train --algo sb3-ppo``: SB3's PPO with our config's hyperparameters (16 envs, n_steps
  128, batch 1024, 4 epochs) on the adapter, in one process.

Torch threads: SB3's runs use ``--sb3-threads`` (default 1, like every process of ours). Torch's
own default (one thread per core, 2 here) made SB3 20x slower on this shared machine (37 against
813 steps/s for one 4096-step rollout and its update, measured under a load average of 7): its
threads wait for each other whenever another job holds a core. 1 is SB3's better setting here.

Two rates per run: "end to end" is the steps consumed over the wall-clock time from starting the
process to its exit (imports, env and network set-up, mpirun's start-up for ours); "training" is
the steps over the training loop's own time (ours: TensorBoard's charts/SPS, from the learner's
start; SB3: ``model.learn``). "CPU s" is the CPU time of the run's whole process tree (every MPI
rank, every SubprocVecEnv worker), so steps per CPU-second compares the work each needs per step,
which other jobs on the machine disturb much less than the wall-clock rates. The budget is rounded up to whole rollouts by every algorithm, so
the step counts differ a little; rates are per step actually consumed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import RECORDED_TRAIN_FLAGS, machine  # noqa: E402

ENV_ID = "qwop-v0"
CONFIGS = {
    "ours": "rlqwop train (our MPI PPO, default config, recorded env and network flags)",
    "sb3-dummy": "SB3 PPO defaults, DummyVecEnv",
    "sb3-subproc": "SB3 PPO defaults, SubprocVecEnv",
    "sb3-adapter": "SB3 PPO defaults, our GymnasiumVecEnv",
    "sb3-cli": "rlqwop train --algo sb3-ppo (our hyperparameters)",
}


# --- one SB3 run, in its own process -------------------------------------------------------------

def child(kind: str, total_steps: int, num_envs: int, threads: int) -> None:
    """Run SB3's PPO with its defaults and print {"steps", "setup_s", "learn_s"} as JSON."""
    start = time.perf_counter()
    import gymnasium as gym
    import torch

    torch.set_num_threads(threads)
    from stable_baselines3 import PPO
    from stable_baselines3.common.env_util import make_vec_env
    from stable_baselines3.common.vec_env import DummyVecEnv, SubprocVecEnv, VecMonitor

    import rlqwop  # noqa: F401
    from rlqwop.agents.sb3_vec_env import GymnasiumVecEnv

    if kind == "sb3-adapter":
        venv = VecMonitor(GymnasiumVecEnv(gym.make_vec(ENV_ID, num_envs=num_envs,
                                                       vectorization_mode="vector_entry_point")))
    else:  # "rlqwop:" makes each subprocess import rlqwop, which registers the id
        cls = DummyVecEnv if kind == "sb3-dummy" else SubprocVecEnv
        venv = make_vec_env(f"rlqwop:{ENV_ID}", n_envs=num_envs, seed=0, vec_env_cls=cls)
    model = PPO("MlpPolicy", venv, seed=0, verbose=0)
    learn_start = time.perf_counter()
    model.learn(total_timesteps=total_steps)
    end = time.perf_counter()
    venv.close()
    print(json.dumps({"steps": model.num_timesteps, "setup_s": learn_start - start,
                      "learn_s": end - learn_start}))


# --- the parent: every configuration, interleaved ------------------------------------------------

def _tb_scalars(run_dir: Path) -> dict[str, list[float]]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    acc = EventAccumulator(str(run_dir))
    acc.Reload()
    return {tag: [e.value for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_one(kind: str, total_steps: int, num_envs: int, threads: int, runs: Path,
            name: str) -> dict:
    """Start one configuration; returns steps, wall and CPU seconds and the training-loop rate."""
    cpu = _children_cpu_s()  # waited-for descendants count: mpirun waits its ranks
    start = time.perf_counter()
    if kind in ("ours", "sb3-cli"):
        extra = ["--algo", "sb3-ppo"] if kind == "sb3-cli" else []
        subprocess.run([sys.executable, "-m", "rlqwop.cli", "train", *extra, "--env-id", ENV_ID,
                        "--runs-dir", str(runs), "--name", name,
                        "--total-steps", str(total_steps), *RECORDED_TRAIN_FLAGS],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall, cpu = time.perf_counter() - start, _children_cpu_s() - cpu
        from rlqwop.agents import checkpoint

        steps = checkpoint.load(runs / name / "checkpoints" / "last.pt")["counters"]["global_step"]
        sps = _tb_scalars(runs / name)["charts/SPS"][-1]
        return {"steps": steps, "wall_s": wall, "cpu_s": cpu, "train_sps": sps}
    out = subprocess.run([sys.executable, __file__, "--child", kind, "--total-steps",
                          str(total_steps), "--envs", str(num_envs), "--sb3-threads",
                          str(threads)], check=True, capture_output=True, text=True).stdout
    wall, cpu = time.perf_counter() - start, _children_cpu_s() - cpu
    result = json.loads(out.strip().splitlines()[-1])
    return {"steps": result["steps"], "wall_s": wall, "cpu_s": cpu,
            "train_sps": result["steps"] / result["learn_s"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total-steps", type=int, default=200_000)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--envs", type=int, default=32, help="envs of the SB3-default runs")
    parser.add_argument("--sb3-threads", type=int, default=1, help="torch threads of SB3's runs")
    parser.add_argument("--configs", default=",".join(CONFIGS),
                        help=f"comma-separated, from {', '.join(CONFIGS)}")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.total_steps, args.envs, args.sb3_threads)
        return
    kinds = args.configs.split(",")
    unknown = set(kinds) - set(CONFIGS)
    if unknown:
        parser.error(f"unknown configs {sorted(unknown)}")
    from rlqwop.envs.config import EnvConfig

    print(machine())
    print(f"{ENV_ID} (engine {EnvConfig().engine!r}), budget {args.total_steps} steps, SB3-default runs with {args.envs} envs and "
          f"{args.sb3_threads} torch thread(s), median of {args.repeats}; load average at the "
          f"start {os.getloadavg()[0]:.1f}", flush=True)
    results: dict[str, list[dict]] = {k: [] for k in kinds}
    with tempfile.TemporaryDirectory() as tmp:
        for repeat in range(args.repeats):
            for kind in kinds:
                r = run_one(kind, args.total_steps, args.envs, args.sb3_threads, Path(tmp),
                            f"{kind}-{repeat}")
                r["load"] = os.getloadavg()[0]
                results[kind].append(r)
                print(f"  {kind} #{repeat}: {r['steps']} steps, {r['wall_s']:.0f} s, "
                      f"{r['steps'] / r['wall_s']:.0f} steps/s end to end, "
                      f"{r['train_sps']:.0f} training, {r['steps'] / r['cpu_s']:.0f} per CPU-s, "
                      f"load {r['load']:.1f}", file=sys.stderr, flush=True)
    med = {k: {key: statistics.median(r[key] for r in rows) for key in rows[0]}
           for k, rows in results.items()}
    for m in med.values():
        m["e2e_sps"], m["cpu_sps"] = m["steps"] / m["wall_s"], m["steps"] / m["cpu_s"]
    ours = med.get("ours")
    print("\n| what | steps | wall s | CPU s | steps/s end to end | steps/s training "
          "| steps per CPU-s | ours / this: end to end, training, per CPU-s |")
    print("|---|---|---|---|---|---|---|---|")
    for kind, m in med.items():
        ratio = ", ".join(f"{ours[k] / m[k]:.1f}x" for k in ("e2e_sps", "train_sps", "cpu_sps")) \
            if ours else "-"
        print(f"| {CONFIGS[kind]} | {m['steps']:.0f} | {m['wall_s']:.0f} | {m['cpu_s']:.0f} | "
              f"{m['e2e_sps']:.0f} | {m['train_sps']:.0f} | {m['cpu_sps']:.0f} | {ratio} |")
    print(f"\nload average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
