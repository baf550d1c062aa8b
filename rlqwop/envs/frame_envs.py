"""frame-qwop-v0 and multi-frame-qwop-v0: QWOP observed through pictures of the race."""

from __future__ import annotations

from rlqwop.envs import docs
from rlqwop.envs.qwop_env import QwopBaseEnv

FRAME_ARGUMENTS = """\
    * ``frame_width``, ``frame_height``: the observation's size in pixels, default 84 x 84. The
      picture always spans 20 units (2 m) vertically and keeps the game's camera rule, so the
      width sets how much track is visible: 84 x 84 shows 2 m x 2 m around the runner; a
      1.6 : 1 size such as 128 x 80 shows the game's own 3.2 m x 2 m view.
"""


class FrameQwopEnv(QwopBaseEnv):
    __doc__ = docs.compose(docs.DESCRIPTION + """
    frame-qwop-v0 observes the current picture of the race only.
""", docs.ACTIONS, """\
    ## Observation Space
    ``Box(0, 255, (frame_height, frame_width, 3), uint8)``, default (84, 84, 3): the current
    picture in RGB, drawn by ``rlqwop.game.render.Renderer`` from the game's state (channel-last;
    Stable-Baselines3's CnnPolicy transposes it itself).
""", docs.REWARDS, docs.START, docs.TERMINATION, docs.ARGUMENTS + FRAME_ARGUMENTS, docs.VECTOR,
        docs.HISTORY)

    kind = "frame"


class MultiFrameQwopEnv(QwopBaseEnv):
    __doc__ = docs.compose(docs.DESCRIPTION + """
    multi-frame-qwop-v0 observes the last few grayscale pictures, so motion is visible.
""", docs.ACTIONS, """\
    ## Observation Space
    ``Box(0, 255, (frame_height, frame_width, frame_stack), uint8)``, default (84, 84, 3): the
    last ``frame_stack`` grayscale (BT.601 luma) pictures, one per agent step, oldest first and
    the newest in the last channel. After a reset every channel holds the first picture.
""", docs.REWARDS, docs.START, docs.TERMINATION, docs.ARGUMENTS + FRAME_ARGUMENTS + """\
    * ``frame_stack``: how many pictures are stacked, default 3.
""", docs.VECTOR, docs.HISTORY)

    kind = "frame_stack"
