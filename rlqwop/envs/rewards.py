"""Rewards for one runner or a batch: progress, fall and finish, and optional shaping terms.

Per agent step, for each runner (dt = race-clock seconds the step took, updates / 30):

    progress_weight * (torso x now - torso x before) / 10        metres gained
  - fall_penalty                 once, when the run fails (fall, or torso behind -10 m)
  + finish_bonus                 once, when the game registers the finish
  - time_cost * dt               a cost per race-clock second, to prefer fast runs
  + posture_weight * upright * dt     upright = -sin(torso angle): 1 upright, 0 lying
  - knee_penalty * knees_down * dt    knees_down = how many knees touch the track (0-2)

The shaping terms are evaluated at the end of the step and weighted by its duration, so that their
totals do not depend on ``action_repeat``. Like ``rules``, the arithmetic works on Python scalars
(one runner) and on numpy arrays (a batch) alike.
"""

from __future__ import annotations

import math

import numpy as np

from rlqwop.envs.config import EnvConfig
from rlqwop.game import spec

KNEE_CONTACT_TOLERANCE = 0.1  # units; Box2D reports contact within its 0.01 polygon skin


def _knee_corners() -> tuple[np.ndarray, np.ndarray]:
    """Body indices (8,) and local corner points (8, 2): the four box corners around each knee.

    For each knee: the two corners of the thigh's end nearest the knee and the two of the calf's.
    A knee "touches" when the lowest of its corners reaches the track.
    """
    bodies, corners = [], []
    for knee in ("leftKnee", "rightKnee"):
        joint = spec.JOINTS[spec.JOINT_INDEX[knee]]
        for name, anchor in ((joint.body_b, joint.anchor_b), (joint.body_a, joint.anchor_a)):
            body = spec.BODIES[spec.BODY_INDEX[name]]
            dx, dy = anchor[0] - body.x, anchor[1] - body.y
            local_x = math.cos(body.angle) * dx + math.sin(body.angle) * dy
            end = math.copysign(body.half[0], local_x)
            for side in (-1.0, 1.0):
                bodies.append(spec.BODY_INDEX[name])
                corners.append((end, side * body.half[1]))
    return np.array(bodies), np.array(corners)


_KNEE_BODIES, _KNEE_CORNERS = _knee_corners()


def knees_down(bodies: np.ndarray) -> np.ndarray:
    """How many knees (0, 1 or 2) touch the track, from body states (..., 12, 6)."""
    pose = bodies[..., _KNEE_BODIES, :]  # (..., 8, 6)
    angle = pose[..., 2]
    y = pose[..., 1] + np.sin(angle) * _KNEE_CORNERS[:, 0] + np.cos(angle) * _KNEE_CORNERS[:, 1]
    touching = y > spec.TRACK_TOP_Y - KNEE_CONTACT_TOLERANCE
    return touching.reshape(touching.shape[:-1] + (2, 4)).any(axis=-1).sum(axis=-1)


def upright(bodies: np.ndarray) -> np.ndarray:
    """1 for a vertical torso, 0 lying flat, -1 upside down, from body states (..., 12, 6)."""
    return -np.sin(bodies[..., spec.TORSO, 2])


class RewardFunction:
    """The reward above for a given ``EnvConfig``."""

    def __init__(self, config: EnvConfig) -> None:
        self.progress = config.progress_weight / spec.UNITS_PER_METRE
        self.fall_penalty = config.fall_penalty
        self.finish_bonus = config.finish_bonus
        self.time_cost = config.time_cost
        self.posture = config.posture_weight
        self.knee = config.knee_penalty
        self.shaping = bool(self.time_cost or self.posture or self.knee)

    def __call__(self, dx, updates, new_fail, new_finish, bodies: np.ndarray):
        """The reward for a step that moved the torso ``dx`` units in ``updates`` game updates and
        ended in ``bodies`` (..., 12, 6), given the outcome's new_fail and new_finish."""
        reward = self.progress * dx - self.fall_penalty * new_fail + self.finish_bonus * new_finish
        if self.shaping:
            rate = -self.time_cost
            if self.posture:
                rate = rate + self.posture * upright(bodies)
            if self.knee:
                rate = rate - self.knee * knees_down(bodies)
            reward = reward + rate * (updates / spec.UPDATES_PER_SECOND)
        return reward
