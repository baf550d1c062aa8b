"""N QWOP races stepped together into preallocated arrays: the core of every environment.

``RunnerBatch`` owns the races, their raw states, and the per-step outcome (reward, terminated,
truncated, non-finite). The single environments are a batch of one; the vector environment adds
autoreset on top. Observations are made by an observer (state vector or frames) from the batch.

The races run on the game's rules in one of their two forms (``rlqwop.game.rules``): N > 1 races
are one ``GameBatch``, whose every update is a fixed number of numpy operations plus one engine
step for all of them (one compiled call with the fast engine), read back with one array read per
quantity; a single race is a ``Game`` on Python scalars, where numpy's per-call cost would
otherwise dominate. The rules about rewards and episode ends (``rules``, ``rewards``) likewise run
once over the whole batch as numpy expressions, or on Python scalars for a batch of one.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rlqwop.envs.actions import DISCRETE_KEYS
from rlqwop.envs.config import EnvConfig
from rlqwop.envs.observations import RunnerStates
from rlqwop.envs.rewards import RewardFunction
from rlqwop.envs.rules import outcome
from rlqwop.game import Game, GameBatch, spec
from rlqwop.game.rules import whole_number


class RunnerBatch:
    """``num`` races with shared options; see ``QwopEnv``'s docstring for the rules."""

    def __init__(self, num: int, config: EnvConfig) -> None:
        num = whole_number("num_envs", num)
        self.num = num
        self.config = config
        options = dict(start=config.start, finish_either_foot=config.finish_either_foot,
                       engine=config.engine)
        if num == 1:
            self.game: Game | None = Game(**options)
            self.batch: GameBatch | None = None
            self.games = [self.game]
        else:
            self.game = None
            self.batch = GameBatch(num, **options)
            self.games = self.batch.views
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
        self._read()
        self.mark_reset(np.ones(num, dtype=bool))

    def _read(self) -> None:
        if self.batch is None:
            self.states.read(0, self.game)
        else:
            self.states.read_batch(self.batch)

    # --- starting ------------------------------------------------------------------------------
    def reset_rows(self, rows: np.ndarray, rngs: Sequence[np.random.Generator],
                   start_noise: float | None = None, read: bool = True) -> None:
        """Restart the races in the bool mask ``rows`` at the game's start, with Gaussian start
        velocities if the noise is > 0.

        ``start_noise`` is the standard deviation of every body's vx, vy (units/s) and omega
        (rad/s); ``None`` uses the configured default. Race ``i`` of the selected ones draws from
        ``rngs[i]``. ``read=False`` leaves the states to the ``step`` that follows (an autoreset).
        """
        sigma = self.config.start_noise if start_noise is None else start_noise
        velocities = None
        if sigma > 0:
            velocities = np.array([rng.normal(0.0, sigma, size=(spec.N_BODIES, 3)) for rng in rngs])
        if self.batch is None:
            if rows[0]:
                self.game.reset(velocities=None if velocities is None else velocities[0])
        else:
            self.batch.reset(rows, velocities)
        if read:
            self._read()

    def mark_reset(self, rows: np.ndarray) -> None:
        """Start a new episode's bookkeeping for the rows (a bool mask) just reset by reset_rows."""
        self.prev_x[rows] = self.states.torso_x[rows]
        self.prev_ticks[rows] = self.states.ticks[rows]
        for array in (self.failed, self.succeeded, self.terminated, self.truncated, self.nonfinite,
                      self.overran):
            array[rows] = False
        self.reward[rows] = 0.0

    # --- stepping ------------------------------------------------------------------------------
    def step(self, codes: np.ndarray, skip: np.ndarray | None = None) -> None:
        """Run one agent step (``action_repeat`` updates) of every race with its key code
        (``rlqwop.envs.actions``: 3 * thigh key + calf key).

        Rows in the bool mask ``skip`` (just reset by an autoreset) are neither stepped nor given
        a reward. The outcome is left in ``reward``, ``terminated``, ``truncated``, ``nonfinite``.
        A race that ends stops for the rest of the repeat: the rest would only move a ragdoll.
        """
        if self.batch is None:
            if skip is None or not skip[0]:
                game, keys = self.game, DISCRETE_KEYS[codes[0]]
                for _ in range(self.repeat):
                    game.step(keys)
                    if game.ended:
                        break
        else:
            batch = self.batch
            active = np.ones(self.num, dtype=bool) if skip is None else ~skip
            thigh, calf = np.divmod(codes, 3)
            for _ in range(self.repeat):
                batch.step(thigh, calf, active)
                active &= ~batch.ended
                if not active.any():
                    break
        self._read()
        self._outcome(skip)

    def _outcome(self, skip: np.ndarray | None) -> None:
        states = self.states
        nonfinite = ~states.finite_rows()
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
