"""The runner, world and controls of HTML5 QWOP as data.

Every number comes from ``shared/spec/qwop-physics.md`` (section numbers in brackets). Units are
Box2D units (1 game metre = 10 units), y points down, positive angles are clockwise on screen.
Nothing here depends on a physics engine: the engines build their worlds from these tables.
"""

from __future__ import annotations

import hashlib
import math
from typing import NamedTuple

# --- world [3] -------------------------------------------------------------------------------
GRAVITY = 10.0  # +y is down
TIME_STEP = 0.04  # physics seconds per update
VELOCITY_ITERATIONS = 5
POSITION_ITERATIONS = 5
UPDATES_PER_SECOND = 30  # the race clock advances 1/30 s per update
UNITS_PER_METRE = 10.0
PIXELS_PER_UNIT = 20.0  # the HTML5 game's world scale; used by the camera rules only

# --- static world [4] -----------------------------------------------------------------------
TRACK_SEGMENT_HALF = (16.0, 1.6)
TRACK_CENTRE_Y = 10.74275
TRACK_TOP_Y = TRACK_CENTRE_Y - TRACK_SEGMENT_HALF[1]  # 9.14275
TRACK_SEGMENTS = 3
TRACK_FRICTION = 0.2
TRACK_DENSITY = 30.0

BLOCK_HALF = (12.55 / 2, 14.95 / 2)
BLOCK_CENTRE = (-39.99625, 2.10625)
BLOCK_FRICTION = 0.2

CAMERA_OFFSET_UNITS = -14.0  # the torso sits 14 units from the left edge of the view
CAMERA_START_PX = -200.0  # the camera before the first update
CAMERA_MIN_PX = -1200.0
CAMERA_MAX_PX = 20933.0  # luxe's clamp of the bounds rectangle: the floor stops at k = 32
SCREEN_UNITS = (32.0, 20.0)  # 640 x 400 px


class HurdlePart(NamedTuple):
    name: str
    half: tuple[float, float]
    centre: tuple[float, float]
    density: float
    friction: float
    mask: int


HURDLE_CATEGORY = 0x0004
HURDLE_PARTS = (  # creation order: base, then top [4]
    HurdlePart("hurdleBase", (3.35 / 2, 0.6 / 2), (500.0, 8.775), 1.0, 0.2, 0xFFF9),
    HurdlePart("hurdleTop", (1.075 / 2, 7.3 / 2), (500.865, 5.0575), 1.0, 0.2, 0xFFFB),
)
# revolute joint, A = top, B = base, limits enabled at [0, 0]: one rigid, knockable inverted T
HURDLE_ANCHOR_A = (3.6 / 20, 74.6 / 20)
HURDLE_ANCHOR_B = (20.9 / 20, 0.25 / 20)

FINISH_X = 1000.0  # the sand pit, 100 m
JUMP_X = 989.0  # a left-foot touchdown past this sets "jumped" [8.3]
HURDLE_X = 500.0


# --- the runner [5] -------------------------------------------------------------------------
RUNNER_CATEGORY = 0x0002
RUNNER_MASK = 0xFFFD
RUNNER_FRICTION = 0.2
FOOT_FRICTION = 1.5


class Body(NamedTuple):
    name: str
    half: tuple[float, float]
    x: float
    y: float
    angle: float
    density: float
    friction: float


BODIES = (  # in the game's creation order, which is also the order of every state array
    Body("torso", (3.275, 1.425), 2.5111726226000157, -1.8709517533957938, -1.2514497119301329, 1.0, 0.2),
    Body("head", (1.075, 1.325), 3.888130278719558, -5.621802929095265, 0.06448415835225099, 1.0, 0.2),
    Body("leftForearm", (1.75, 0.55), 5.830008603424893, -2.8733539631159584, -1.2049772618421237, 1.0, 0.2),
    Body("leftThigh", (2.525, 1.0), 2.5648987628203876, 1.648090668682522, -2.0177234426823394, 1.0, 0.2),
    Body("leftArm", (1.85, 0.625), 4.417861014480877, -2.806563606410589, 0.9040095895272826, 1.0, 0.2),
    Body("leftCalf", (2.5, 0.75), 3.12585731974087, 5.525511655361298, -1.5903971528225265, 1.0, 0.2),
    Body("leftFoot", (1.35, 0.675), 3.926921842806667, 8.08884032049622, 0.12027524643408766, 3.0, 1.5),
    Body("rightForearm", (2.225, 0.675), 0.4078206420797428, -1.0599953233084172, -1.7553358283857299, 1.0, 0.2),
    Body("rightArm", (1.95, 0.75), 1.1812303663272852, -3.5000256518601014, -0.5222217404634386, 1.0, 0.2),
    Body("rightCalf", (2.5, 0.75), -0.07253905736790486, 5.347881871063159, -0.7588859967104447, 1.0, 0.2),
    Body("rightFoot", (1.35, 0.725), -1.1254742643908706, 7.567193169625567, 0.5897605418219602, 3.0, 1.5),
    Body("rightThigh", (2.65, 1.0), 1.6120186135678773, 2.0615320561881516, 1.4849422964528027, 1.0, 0.2),
)
BODY_NAMES = tuple(b.name for b in BODIES)
BODY_INDEX = {name: i for i, name in enumerate(BODY_NAMES)}
N_BODIES = len(BODIES)
TORSO = BODY_INDEX["torso"]
HEAD = BODY_INDEX["head"]
LEFT_FOOT = BODY_INDEX["leftFoot"]
RIGHT_FOOT = BODY_INDEX["rightFoot"]
# a contact of one of these with the track ends the run [8.2]
FALL_BODIES = frozenset(BODY_INDEX[n] for n in ("head", "leftArm", "rightArm", "leftForearm", "rightForearm"))
FEET = frozenset((LEFT_FOOT, RIGHT_FOOT))

STATE_FIELDS = ("x", "y", "angle", "vx", "vy", "omega")


def body_mass(body: Body) -> float:
    """Mass of a body's box: density times area."""
    return body.density * 4.0 * body.half[0] * body.half[1]


# --- joints [6] -----------------------------------------------------------------------------
class Joint(NamedTuple):
    name: str
    body_a: str  # the distal part (child)
    body_b: str  # the proximal part (parent)
    anchor_a: tuple[float, float]  # world point turned into body A's local anchor
    anchor_b: tuple[float, float]  # world point turned into body B's local anchor
    reference_angle: float
    lower: float
    upper: float
    motor: bool
    max_torque: float


JOINTS = (  # in the game's creation order
    Joint("neck", "head", "torso", (3.5885141908253755, -4.526224223627244),
          (3.588733341630704, -4.526434658500262), -1.308996406363529, -0.5, 0.0, False, 0.0),
    Joint("rightShoulder", "rightArm", "torso", (2.228476821818547, -4.086468732185028),
          (2.228929993886102, -4.08707555939957), -0.7853907065463961, -0.5, 1.5, True, 1000.0),
    Joint("leftShoulder", "leftArm", "torso", (3.6241979856895377, -3.5334881618011442),
          (3.6241778782207157, -3.533950434531982), -2.09438311816829, -2.0, 0.0, True, 1000.0),
    Joint("leftHip", "leftThigh", "torso", (2.0030339754142847, 0.23737160622781284),
          (2.003367181376716, 0.23802590387419476), 0.7258477508944043, -1.5, 0.5, True, 6000.0),
    Joint("rightHip", "rightThigh", "torso", (1.2475900729227194, -0.011046642863645761),
          (1.2470052823973599, -0.011635347168778898), -2.719359381718199, -1.3, 0.7, True, 6000.0),
    Joint("leftElbow", "leftForearm", "leftArm", (5.525375332758792, -1.63856204930891),
          (5.52537532948459, -1.6385620366077662), 2.09438311816829, -0.1, 0.5, False, 0.0),
    Joint("rightElbow", "rightForearm", "rightArm", (-0.006090859076100963, -2.8004758838752157),
          (-0.0060908611708438976, -2.8004758929205846), 1.2968199012274688, -0.1, 0.5, False, 0.0),
    Joint("leftKnee", "leftCalf", "leftThigh", (3.384323411985692, 3.5168931240916876),
          (3.3844684376952108, 3.5174122997898016), -0.3953113764119829, -1.6, 0.0, True, 3000.0),
    Joint("rightKnee", "rightCalf", "rightThigh", (1.4982369235492752, 4.175600306005656),
          (1.4982043532615996, 4.17493520671361), 2.2893406247158676, -1.3, 0.3, True, 3000.0),
    Joint("leftAnkle", "leftFoot", "leftCalf", (3.312322507818897, 7.947704853895541),
          (3.3123224825088817, 7.947704836256229), -1.7244327585010226, -0.5, 0.5, False, 2000.0),
    Joint("rightAnkle", "rightFoot", "rightCalf", (-1.6562855402197227, 6.961551452557676),
          (-1.655726670462596, 6.961493826969391), -1.5708045825942758, -0.5, 0.5, False, 2000.0),
)
JOINT_NAMES = tuple(j.name for j in JOINTS)
JOINT_INDEX = {name: i for i, name in enumerate(JOINT_NAMES)}
N_JOINTS = len(JOINTS)
JOINT_BODY_A = tuple(BODY_INDEX[j.body_a] for j in JOINTS)
JOINT_BODY_B = tuple(BODY_INDEX[j.body_b] for j in JOINTS)

# --- controls [7] ---------------------------------------------------------------------------
# Q/W drive hips and shoulders; O/P drive knees and set the hip limits. Q beats W, O beats P.
# Each entry: joint name -> motor speed (target of omega_B - omega_A). Missing keys: speed 0.
THIGH_SPEEDS = {
    "q": {"rightHip": 2.5, "leftHip": -2.5, "rightShoulder": -2.0, "leftShoulder": 2.0},
    "w": {"rightHip": -2.5, "leftHip": 2.5, "rightShoulder": 2.0, "leftShoulder": -2.0},
    "": {"rightHip": 0.0, "leftHip": 0.0, "rightShoulder": 0.0, "leftShoulder": 0.0},
}
CALF_SPEEDS = {
    "o": {"rightKnee": 2.5, "leftKnee": -2.5},
    "p": {"rightKnee": -2.5, "leftKnee": 2.5},
    "": {"rightKnee": 0.0, "leftKnee": 0.0},
}
# The hip limits O and P set; they persist after release. Mode 0 is the game's initial mix.
HIP_LIMIT_MODES = ("initial", "o", "p")
HIP_LIMITS = {
    "initial": {"leftHip": (-1.5, 0.5), "rightHip": (-1.3, 0.7)},
    "o": {"leftHip": (-1.0, 1.0), "rightHip": (-1.3, 0.7)},
    "p": {"leftHip": (-1.5, 0.5), "rightHip": (-0.8, 1.2)},
}

# --- head stabiliser [7.4] ------------------------------------------------------------------
HEAD_TORQUE_GAIN = -4.0
HEAD_TORQUE_OFFSET = 0.2


def head_torque_term(head_angle: float) -> float:
    """The torque the game adds to the head each update before a fall; it accumulates."""
    return HEAD_TORQUE_GAIN * (head_angle + HEAD_TORQUE_OFFSET)


# --- end of the game [7.5]: the runner becomes a ragdoll ------------------------------------
RAGDOLL_MOTOR_OFF = ("leftHip", "rightHip", "leftShoulder", "rightShoulder", "leftKnee", "rightKnee")
RAGDOLL_LIMIT_OFF = ("leftShoulder", "rightShoulder", "leftKnee", "rightKnee")


def fingerprint() -> str:
    """A short digest of every physics number above; replays and checkpoints carry it."""
    text = repr((GRAVITY, TIME_STEP, VELOCITY_ITERATIONS, POSITION_ITERATIONS, UPDATES_PER_SECOND,
                 TRACK_SEGMENT_HALF, TRACK_CENTRE_Y, TRACK_FRICTION, BLOCK_HALF, BLOCK_CENTRE,
                 HURDLE_PARTS, HURDLE_ANCHOR_A, HURDLE_ANCHOR_B, BODIES, JOINTS, THIGH_SPEEDS,
                 CALF_SPEEDS, HIP_LIMITS, HEAD_TORQUE_GAIN, HEAD_TORQUE_OFFSET, RAGDOLL_MOTOR_OFF,
                 RAGDOLL_LIMIT_OFF, FINISH_X, JUMP_X))
    return hashlib.sha256(text.encode()).hexdigest()[:16]
