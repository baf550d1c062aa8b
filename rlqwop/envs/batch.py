"""N QWOP races stepped together into preallocated arrays: the core of every environment.

``RunnerBatch`` owns the games, their raw states, and the per-step outcome (reward, terminated,
truncated, non-finite). The single environments are a batch of one; the vector environment adds
autoreset on top. Observations are made by an observer (state vector or frames) from the batch.

Only the game stepping and the state copy run per game in Python; the rules about rewards and
episode ends (``rules``, ``rewards``) run once over the whole batch as numpy expressions, or on
Python scalars for a batch of one.
"""

from __future__ import annotations

import numpy as np

from rlqwop.envs.config import EnvConfig
from rlqwop.envs.observations import RunnerStates
from rlqwop.envs.rewards import RewardFunction
from rlqwop.envs.rules import outcome
from rlqwop.game import Game, spec


class RunnerBatch:
    """``num`` games with shared options; see ``QwopEnv``'s docstring for the rules."""

    def __init__(self, num: int, config: EnvConfig) -> None:
        if isinstance(num, bool) or not isinstance(num, (int, np.integer)) or num < 1:
            raise ValueError(f"num_envs must be a whole number >= 1, got {num!r}")
        num = int(num)
        self.num = num
        self.config = config
        self.games = [Game(start=config.start, finish_either_foot=config.finish_either_foot,
                           engine=config.engine) for _ in range(num)]
        self.states = RunnerStates(num)
        self.reward_fn = RewardFunction(config)
        self.repeat = config.action_repeat
        self.limit_ticks = config.time_limit_ticks
        self.prev_x = np.zeros(num)
        self.prev_ticks = np.zeros(num, dtype=np.int64)
        self.failed = np.zeros(num, dtype=bool)  # this episode has failed (sticky)
        self.succeeded = np.zeros(num, dtype=bool)
        self.reward = np.zeros(num)
        self.terminated = np.zeros(num, dtype=bool)
        self.truncated = np.zeros(num, dtype=bool)
        self.nonfinite = np.zeros(num, dtype=bool)
        self.overran = np.zeros(num, dtype=bool)
        for row in range(num):
            self.states.read(row, self.games[row])
        self.mark_reset(np.ones(num, dtype=bool))

    # --- starting ------------------------------------------------------------------------------
    def reset_row(self, row: int, rng: np.random.Generator, start_noise: float | None = None) -> None:
        """Restart one race at the game's start, with Gaussian start velocities if noise > 0.

        ``start_noise`` is the standard deviation of every body's vx, vy (units/s) and omega
        (rad/s); ``None`` uses the configured default. The draws come from ``rng``.
        """
        sigma = self.config.start_noise if start_noise is None else start_noise
        velocities = rng.normal(0.0, sigma, size=(spec.N_BODIES, 3)) if sigma > 0 else None
        game = self.games[row]
        game.reset(velocities=velocities)
        self.states.read(row, game)

    def mark_reset(self, rows: np.ndarray) -> None:
        """Start a new episode's bookkeeping for the rows (a bool mask) just reset by reset_row."""
        self.prev_x[rows] = self.states.torso_x[rows]
        self.prev_ticks[rows] = self.states.ticks[rows]
        for array in (self.failed, self.succeeded, self.terminated, self.truncated, self.nonfinite,
                      self.overran):
            array[rows] = False
        self.reward[rows] = 0.0

    # --- stepping ------------------------------------------------------------------------------
    def step(self, keys: list[str], skip: np.ndarray | None = None) -> None:
        """Run one agent step (``action_repeat`` updates) of every game with its keys.

        Rows in the bool mask ``skip`` (just reset by an autoreset) are neither stepped nor given
        a reward. The outcome is left in ``reward``, ``terminated``, ``truncated``, ``nonfinite``.
        """
        games, read, repeat = self.games, self.states.read, self.repeat
        skipped = skip.tolist() if skip is not None else None
        faulted = []
        for row in range(self.num):
            if skipped is not None and skipped[row]:
                continue
            game, held = games[row], keys[row]
            try:
                for _ in range(repeat):
                    game.step(held)
                    if game.ended:  # the rest of the repeat would only move a ragdoll
                        break
            except ValueError:
                # A NaN torso x makes the game's camera arithmetic raise on the next update.
                read(row, game)
                if self.states.finite_rows()[row]:
                    raise
                faulted.append(row)
                continue
            read(row, game)
        self._outcome(skip, faulted)

    def _outcome(self, skip: np.ndarray | None, faulted: list[int]) -> None:
        states = self.states
        nonfinite = ~states.finite_rows()
        if faulted:
            nonfinite[faulted] = True
        if self.num == 1:  # Python scalars through the same rules: numpy calls would dominate
            x, ticks, broken = float(states.torso_x[0]), int(states.ticks[0]), bool(nonfinite[0])
            result = outcome(x, bool(states.fallen[0]), bool(states.finished[0]), ticks,
                             bool(self.failed[0]), bool(self.succeeded[0]), broken,
                             self.limit_ticks)
            reward = self.reward_fn(x - float(self.prev_x[0]), ticks - int(self.prev_ticks[0]),
                                    result.new_fail, result.new_finish, states.bodies[0])
        else:
            x, ticks, broken = states.torso_x, states.ticks, nonfinite.any()
            result = outcome(x, states.fallen, states.finished, ticks, self.failed, self.succeeded,
                             nonfinite, self.limit_ticks)
            reward = self.reward_fn(x - self.prev_x, ticks - self.prev_ticks, result.new_fail,
                                    result.new_finish, states.bodies)
        self.reward[:] = reward
        self.terminated[:] = result.terminated
        self.truncated[:] = result.truncated
        self.overran[:] = result.overran
        self.failed[:] = result.failed
        self.succeeded[:] = states.finished
        self.nonfinite[:] = nonfinite
        if broken:
            self.reward[nonfinite] = 0.0
        self.prev_x[:] = x
        self.prev_ticks[:] = ticks
        if skip is not None:
            self.mark_reset(skip)

    # --- info ------------------------------------------------------------------------------------
    def info(self, row: int, done: bool) -> dict:
        """One race's info: always distance_m, race_time_s, fallen, finished; at the end also
        is_success, and nonfinite / overran when they happened."""
        states = self.states
        info = {
            "distance_m": float(states.distance_m[row]),
            "race_time_s": float(states.ticks[row]) / spec.UPDATES_PER_SECOND,
            "fallen": bool(states.fallen[row]),
            "finished": bool(states.finished[row]),
        }
        if done:
            info["is_success"] = bool(states.finished[row])
        if self.nonfinite[row]:
            info["nonfinite"] = True
        if self.overran[row]:
            info["overran"] = True
        return info
