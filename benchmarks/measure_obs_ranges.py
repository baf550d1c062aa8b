"""How large qwop-v0's observation numbers get: the measurement behind its fixed scales.

Runs random key sequences (several hold lengths and action repeats) and a scripted shuffle gait
that reaches 40-100 m, then prints per block of the observation the percentiles of the scaled
values and how often the +-5 clip acts. The scales in ``rlqwop.envs.observations`` were chosen
so that 99.9 % of values lie within +-2.

    python benchmarks/measure_obs_ranges.py [--episodes 200]
"""

from __future__ import annotations

import argparse
import warnings

import numpy as np

warnings.filterwarnings("ignore", category=DeprecationWarning)

import gymnasium as gym  # noqa: E402

import rlqwop  # noqa: E402,F401
from rlqwop.envs import observations as obs  # noqa: E402
from rlqwop.game import spec  # noqa: E402

BLOCKS = {
    "body x - torso x": [6 * b for b in range(1, spec.N_BODIES)],
    "torso progress": [0],
    "body y": [6 * b + 1 for b in range(spec.N_BODIES)],
    "body angle": [6 * b + 2 for b in range(spec.N_BODIES)],
    "body vx, vy": [6 * b + f for b in range(spec.N_BODIES) for f in (3, 4)],
    "body omega": [6 * b + 5 for b in range(spec.N_BODIES)],
    "joint angles": list(range(obs.JOINT_SLICE.start, obs.JOINT_SLICE.stop)),
    "head torque": [obs.HEAD_TORQUE],
    "hurdle (not x)": [obs.HURDLE_SLICE.start + 6 * p + f for p in range(2) for f in range(1, 6)],
}
WO, QP = 7, 5


def collect(episodes: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    rows = []
    for episode in range(episodes):
        scripted = episode % 5 == 0
        repeat = 1 if scripted else int(rng.choice([1, 2, 4, 8]))
        env = gym.make("qwop-v0", action_repeat=repeat, start_noise=float(rng.choice([0, 0, 1])))
        env.reset(seed=int(rng.integers(1 << 30)))
        hold, action, step = 0, 0, 0
        period = (int(rng.integers(6, 14)), int(rng.integers(6, 12)))
        while True:
            if scripted:
                action = WO if step % sum(period) < period[0] else QP
                if rng.random() < 0.05:
                    action = int(rng.integers(9))
            elif hold == 0:
                action, hold = int(rng.integers(9)), int(rng.integers(1, 12))
            hold = max(hold - 1, 0)
            o, _, terminated, truncated, _ = env.step(action)
            rows.append(o)
            step += 1
            if terminated or truncated:
                break
    return np.array(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--episodes", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    values = collect(args.episodes, args.seed)
    print(f"{len(values)} observations from {args.episodes} episodes\n")
    print(f"{'block':18s} {'p0.1':>7s} {'p50':>7s} {'p99.9':>7s} {'max|v|':>7s} "
          f"{'within 2':>9s} {'clipped':>8s}")
    for name, columns in BLOCKS.items():
        v = values[:, columns].ravel()
        lo, mid, hi = np.percentile(v, [0.1, 50, 99.9])
        print(f"{name:18s} {lo:7.2f} {mid:7.2f} {hi:7.2f} {np.abs(v).max():7.2f} "
              f"{100 * np.mean(np.abs(v) <= 2):8.2f}% {100 * np.mean(np.abs(v) >= obs.OBS_BOUND):7.3f}%")
    every = values[:, [c for cols in BLOCKS.values() for c in cols]]
    print(f"\nall but the hurdle's x and the flags: {100 * np.mean(np.abs(every) <= 2):.2f}% within +-2")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
