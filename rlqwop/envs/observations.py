"""The qwop-v0 observation: the runner's full physical state, scaled to about [-1, 1].

``RunnerStates`` holds the raw state of N games in physical units, in the observation's layout;
``encode`` maps a batch of them to float32 observations. Both the single environment
(N = 1) and the vector environment use exactly these two, so they cannot disagree.

Layout of the 100 numbers (scale: the raw value is multiplied by it, then clipped to +-5):

    index    content                                                  scale
    0-71     12 bodies in spec order x (torso, head, leftForearm,     see below
             leftThigh, leftArm, leftCalf, leftFoot, rightForearm,
             rightArm, rightCalf, rightFoot, rightThigh) x 6 fields:
               x relative to the torso's x (units)                    1/10 (metres)
               y (units, down; the track's top is at 9.14)            1/10
               angle (rad, unwrapped)                                 1/pi
               vx, vy (units/s)                                       1/10
               omega (rad/s)                                          1/10
             except slot 0 (the torso's own x): race progress,
               torso x / 1000 (0 at the start line, 1 at 100 m)       1/1000
    72-82    the 11 joint angles in spec order (rad)                  1/2
    83-85    hip-limit mode one-hot: initial, O's, P's (they persist) 1
    86       the head's accumulated stabilising torque                1/1000
    87       "jumped": a left-foot touchdown past 98.9 m happened     1
             (the finish needs it first, spec 8.3)
    88-99    the hurdle's base and top, 6 fields each as for bodies   as for bodies
             (x relative to the torso, so it is visible within 5 m)

The scales come from random and scripted runs (benchmarks/measure_obs_ranges.py): 99.9 % of
values fall within +-2, apart from the hurdle's two x slots (88, 94), which sit at the clip (+5)
until the torso is within 5 m of the hurdle. Velocities of a flailing foot reach 3 and the head
torque of a runner left idle for 120 s about -3; the clip at +-5 only bounds the rare outliers.
"""

from __future__ import annotations

import math

import numpy as np
from gymnasium import spaces

from rlqwop.game import spec

OBS_SIZE = 100
OBS_BOUND = 5.0
BODY_SLICE = slice(0, 6 * spec.N_BODIES)
JOINT_SLICE = slice(72, 72 + spec.N_JOINTS)
HIP_MODE_SLICE = slice(83, 86)
HEAD_TORQUE = 86
JUMPED = 87
HURDLE_SLICE = slice(88, 100)

FIELD_SCALES = np.array([0.1, 0.1, 1.0 / math.pi, 0.1, 0.1, 0.1])
PROGRESS_SCALE = 1.0 / 1000.0
JOINT_SCALE = 0.5
HEAD_TORQUE_SCALE = 1.0 / 1000.0

_ANGLE = 2
_JOINT_A = np.array(spec.JOINT_BODY_A)
_JOINT_B = np.array(spec.JOINT_BODY_B)
_JOINT_REF = np.array([j.reference_angle for j in spec.JOINTS])


def _scale_vector() -> np.ndarray:
    scale = np.ones(OBS_SIZE)
    scale[BODY_SLICE] = np.tile(FIELD_SCALES, spec.N_BODIES)
    scale[0] = PROGRESS_SCALE
    scale[JOINT_SLICE] = JOINT_SCALE
    scale[HEAD_TORQUE] = HEAD_TORQUE_SCALE
    scale[HURDLE_SLICE] = np.tile(FIELD_SCALES, 2)
    return scale


OBS_SCALE = _scale_vector()


class RunnerStates:
    """The raw state of N games in physical units, laid out as the observation before scaling.

    ``data`` is (N, 100) float64 and ``bodies`` / ``hurdle`` are views into it; the joint-angle
    slots stay 0 (``encode`` derives them from the body angles). The flags and clocks beside it
    feed the rules and the info.
    """

    def __init__(self, num: int) -> None:
        self.num = num
        self.data = np.zeros((num, OBS_SIZE))
        self.bodies = self.data[:, BODY_SLICE].reshape(num, spec.N_BODIES, 6)
        self.hurdle = self.data[:, HURDLE_SLICE].reshape(num, 2, 6)
        for view in (self.bodies, self.hurdle):
            if not np.shares_memory(view, self.data):  # a silent copy would never be updated
                raise AssertionError("state views must share memory with the state buffer")
        # per-row views made once: building them every step would cost more than the copy
        self._rows = list(self.data)
        self._body_rows = list(self.bodies)
        self._hurdle_rows = list(self.hurdle)
        self.hip_mode = np.zeros(num, dtype=np.int64)
        self.distance_m = np.zeros(num)
        self.ticks = np.zeros(num, dtype=np.int64)
        self.fallen = np.zeros(num, dtype=bool)
        self.finished = np.zeros(num, dtype=bool)

    def read(self, row: int, game) -> None:
        """Copy one ``Game``'s state into ``row``."""
        engine = game.engine
        # the engine fills our row directly; Game.body_states would copy through its own cache
        engine.read_bodies(self._body_rows[row])
        engine.read_hurdle(self._hurdle_rows[row])
        data = self._rows[row]
        data[HEAD_TORQUE] = engine.head_torque()
        data[JUMPED] = game.jumped
        mode = game.hip_mode
        data[HIP_MODE_SLICE] = _ONE_HOT[mode]
        self.hip_mode[row] = mode
        self.distance_m[row] = game.distance_m
        self.ticks[row] = game.race_ticks
        self.fallen[row] = game.fallen
        self.finished[row] = game.finished

    def read_batch(self, batch) -> None:
        """Copy every race of a ``GameBatch`` into the rows, with one read per quantity."""
        batch.read_bodies(self.bodies)
        batch.read_hurdle(self.hurdle)
        data = self.data
        data[:, HEAD_TORQUE] = batch.head_torque()
        data[:, JUMPED] = batch.jumped
        mode = batch.hip_mode
        data[:, HIP_MODE_SLICE] = _ONE_HOT[mode]
        self.hip_mode[:] = mode
        self.distance_m[:] = batch.distance_m
        self.ticks[:] = batch.race_ticks
        self.fallen[:] = batch.fallen
        self.finished[:] = batch.finished

    @property
    def torso_x(self) -> np.ndarray:
        """The torsos' x in units (a view)."""
        return self.bodies[:, spec.TORSO, 0]

    def finite_rows(self) -> np.ndarray:
        """Rows whose physical state is all finite."""
        return np.isfinite(self.data).all(axis=1)


_ONE_HOT = np.eye(len(spec.HIP_LIMIT_MODES))


def joint_angles(bodies: np.ndarray) -> np.ndarray:
    """Joint angles (..., 11) from body states (..., 12, 6): Game.joint_angles' formula."""
    angle = bodies[..., _ANGLE]
    return angle[..., _JOINT_B] - angle[..., _JOINT_A] - _JOINT_REF


def _affine_map() -> tuple[np.ndarray, np.ndarray]:
    """W (100, 100) and b (100,) such that observation = clip(data @ W + b).

    Everything the observation does to the physical state is linear: per-field scales, x
    relative to the torso, joint angles as differences of body angles minus their reference.
    """
    weights = np.zeros((OBS_SIZE, OBS_SIZE))
    bias = np.zeros(OBS_SIZE)
    keep = np.r_[BODY_SLICE.start:BODY_SLICE.stop, HIP_MODE_SLICE.start:HIP_MODE_SLICE.stop,
                 HEAD_TORQUE, JUMPED, HURDLE_SLICE.start:HURDLE_SLICE.stop]
    weights[keep, keep] = OBS_SCALE[keep]
    torso_x = BODY_SLICE.start + 6 * spec.TORSO
    relative_x = [BODY_SLICE.start + 6 * b for b in range(spec.N_BODIES) if b != spec.TORSO]
    relative_x += [HURDLE_SLICE.start, HURDLE_SLICE.start + 6]
    weights[torso_x, relative_x] -= FIELD_SCALES[0]
    for j, (a, b) in enumerate(zip(_JOINT_A, _JOINT_B)):
        out = JOINT_SLICE.start + j
        weights[BODY_SLICE.start + 6 * b + _ANGLE, out] += JOINT_SCALE
        weights[BODY_SLICE.start + 6 * a + _ANGLE, out] -= JOINT_SCALE
        bias[out] = -JOINT_SCALE * _JOINT_REF[j]
    return weights, bias


OBS_WEIGHTS, OBS_BIAS = _affine_map()


def _two_terms(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The map as out[:, k] = data[:, i0[k]] * w0[k] + data[:, i1[k]] * w1[k].

    No output depends on more than two inputs, so two gathers replace the matrix product. They
    are also exact whatever the batch size, whereas BLAS sums in a shape-dependent order: a
    vector env's observations must equal, bit for bit, those of single envs.
    """
    i0, w0 = np.zeros(OBS_SIZE, dtype=np.intp), np.zeros(OBS_SIZE)
    i1, w1 = np.zeros(OBS_SIZE, dtype=np.intp), np.zeros(OBS_SIZE)
    for k in range(OBS_SIZE):
        rows = np.flatnonzero(weights[:, k])
        if len(rows) > 2:
            raise AssertionError(f"observation {k} depends on {len(rows)} inputs")
        # the output's own slot first, so that a column's scale is applied to its own value
        rows = sorted(rows, key=lambda r: r != k)
        for slot, row in enumerate(rows):
            (i0, i1)[slot][k] = row
            (w0, w1)[slot][k] = weights[row, k]
    return i0, w0, i1, w1


_I0, _W0, _I1, _W1 = _two_terms(OBS_WEIGHTS)


def encode(data: np.ndarray, out: np.ndarray, scratch: np.ndarray | None = None) -> np.ndarray:
    """Fill ``out`` (N, 100) float32 with the scaled, clipped observations of ``data`` (N, 100).

    ``scratch``, a float64 (2, N, 100) array, spares the allocations.
    """
    if scratch is None:
        scratch = np.empty((2,) + data.shape)
    first, second = scratch[0], scratch[1]
    # mode="clip" because the default "raise" buffers the output; the indices are all valid
    np.take(data, _I0, axis=1, out=first, mode="clip")
    np.multiply(first, _W0, out=first)
    np.take(data, _I1, axis=1, out=second, mode="clip")
    np.multiply(second, _W1, out=second)
    np.add(first, second, out=first)
    np.add(first, OBS_BIAS, out=first)
    # two ufuncs: np.clip's Python wrapper costs more than the clipping itself
    np.minimum(first, OBS_BOUND, out=first)
    return np.maximum(first, -OBS_BOUND, out=out)


def sanitize(out: np.ndarray, rows: np.ndarray) -> None:
    """Replace non-finite numbers in the given rows by 0 (NaN) or the bound (inf)."""
    out[rows] = np.nan_to_num(out[rows], nan=0.0, posinf=OBS_BOUND, neginf=-OBS_BOUND)


class StateObserver:
    """qwop-v0's observations for a ``RunnerBatch``: one float32 row of 100 per game."""

    def __init__(self, num: int) -> None:
        self.space = spaces.Box(-OBS_BOUND, OBS_BOUND, shape=(OBS_SIZE,), dtype=np.float32)
        self.out = np.zeros((num, OBS_SIZE), dtype=np.float32)
        self._scratch = np.zeros((2, num, OBS_SIZE))

    def observe(self, batch, reset_rows: np.ndarray | None = None,
                rows: np.ndarray | None = None) -> np.ndarray:
        """Encode every game's current state into ``out`` and return it.

        (Re-encoding a row outside ``rows`` reproduces it exactly, so all rows are encoded.)
        """
        encode(batch.states.data, self.out, self._scratch)
        if batch.nonfinite.any():
            sanitize(self.out, batch.nonfinite)
        return self.out
