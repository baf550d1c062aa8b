"""qwop-v0: QWOP with the runner's physical state as the observation (and the shared base)."""

from __future__ import annotations

from typing import Any

import gymnasium as gym
import numpy as np

from rlqwop.envs import docs
from rlqwop.envs.actions import ActionDecoder, action_space
from rlqwop.envs.batch import RunnerBatch
from rlqwop.envs.observers import build, start_noise_option
from rlqwop.game import spec

RENDER_SIZE = (640, 400)  # the game's own view, for render()


class QwopBaseEnv(gym.Env):
    """One QWOP race as a Gymnasium environment; subclasses choose the observation ``kind``."""

    kind = "state"
    metadata = {"render_modes": ["rgb_array"], "render_fps": spec.UPDATES_PER_SECOND}

    def __init__(self, render_mode: str | None = None, **options: Any) -> None:
        if render_mode is not None and render_mode not in self.metadata["render_modes"]:
            raise ValueError(f"render_mode must be None or one of {self.metadata['render_modes']}, "
                             f"got {render_mode!r}")
        self.render_mode = render_mode
        self.config, self._observer = build(self.kind, 1, options, type(self).__name__)
        self._batch = RunnerBatch(1, self.config)
        self._decoder = ActionDecoder(self.config.action_type)
        self.action_space = action_space(self.config.action_type)
        self.observation_space = self._observer.space
        # one agent step shows action_repeat updates of a 30-updates-per-second game
        self.metadata = {**self.metadata,
                         "render_fps": spec.UPDATES_PER_SECOND / self.config.action_repeat}
        self._all = np.ones(1, dtype=bool)
        self._renderer = None

    @property
    def game(self):
        """The ``rlqwop.game.Game`` being played (read it; stepping it bypasses the env)."""
        return self._batch.game

    def reset(self, *, seed: int | None = None, options: dict | None = None):
        """Start a race at the game's start; ``options={"start_noise": sigma}`` perturbs it."""
        super().reset(seed=seed)
        noise = start_noise_option(options)
        batch = self._batch
        batch.reset_rows(self._all, [self.np_random], noise)
        batch.mark_reset(self._all)
        obs = self._observer.observe(batch, self._all)[0].copy()
        return obs, batch.info(0, done=False)

    def step(self, action):
        """Hold ``action``'s keys for ``action_repeat`` updates."""
        batch = self._batch
        batch.step((self._decoder.code(action),))
        obs = self._observer.observe(batch)[0].copy()
        terminated = bool(batch.terminated[0])
        truncated = bool(batch.truncated[0])
        return (obs, float(batch.reward[0]), terminated, truncated,
                batch.info(0, done=terminated or truncated))

    def render(self):
        """A 640 x 400 RGB picture of the race (``render_mode="rgb_array"``), else None."""
        if self.render_mode != "rgb_array":
            return None
        if self._renderer is None:
            from rlqwop.game.render import Renderer

            self._renderer = Renderer(*RENDER_SIZE)
        if self._batch.nonfinite[0]:
            return np.zeros(self._renderer.shape, dtype=np.uint8)
        return self._renderer.render(self.game)


class QwopEnv(QwopBaseEnv):
    __doc__ = docs.compose(docs.DESCRIPTION + """
    qwop-v0 observes the runner's full physical state, which makes it Markov.
""", docs.ACTIONS, """\
    ## Observation Space
    ``Box(-5, 5, (100,), float32)``: every number is a physical quantity times a fixed scale,
    clipped to +-5 (99.9 % of values measured on random and scripted runs lie within +-2; the
    hurdle's x slots, 88 and 94, sit at +5 until the torso is within 5 m of the hurdle):

    | index | content | scale |
    |-------|---------|-------|
    | 0-71  | 12 bodies x (x - torso x, y, angle, vx, vy, omega) | 1/10, 1/10, 1/pi, 1/10 x 3 |
    | 0     | (the torso's own x slot) race progress: torso x, 0 at the start, 1000 at 100 m | 1/1000 |
    | 72-82 | the 11 joint angles, spec order (rad) | 1/2 |
    | 83-85 | hip-limit mode one-hot: initial, O's, P's (hidden state: it persists) | 1 |
    | 86    | the head's accumulated stabilising torque (hidden state: it winds up) | 1/1000 |
    | 87    | "jumped": a left-foot touchdown past 98.9 m happened (the finish needs it) | 1 |
    | 88-99 | the hurdle's base and top, same 6 fields as the bodies | as bodies |

    Bodies in spec order: torso, head, leftForearm, leftThigh, leftArm, leftCalf, leftFoot,
    rightForearm, rightArm, rightCalf, rightFoot, rightThigh. Angles are Box2D's, unwrapped;
    y points down. ``rlqwop.envs.observations`` holds the layout as constants.
""", docs.REWARDS, docs.START, docs.TERMINATION, docs.ARGUMENTS, docs.VECTOR, docs.HISTORY)

    kind = "state"
