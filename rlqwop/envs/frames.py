"""Pixel observations for a ``RunnerBatch``: the current frame, or a stack of recent gray frames.

Frames are drawn by ``rlqwop.game.render.Renderer`` (imported here, not at package import, so
the state environment never pays for the renderer's compiler).
"""

from __future__ import annotations

import numpy as np
from gymnasium import spaces

from rlqwop.game.rules import whole_number

DEFAULT_FRAME_SIZE = (84, 84)  # width, height: the Atari convention, large enough for NatureCNN
DEFAULT_FRAME_STACK = 3


def _check_size(width, height) -> tuple[int, int]:
    for name, value in (("frame_width", width), ("frame_height", height)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
            raise ValueError(f"{name} must be a whole number of pixels >= 1, got {value!r}")
    return int(width), int(height)


def _renderer(width: int, height: int, grayscale: bool):
    from rlqwop.game.render import Renderer

    return Renderer(width, height, grayscale=grayscale)


class FrameObserver:
    """frame-qwop-v0's observations: each game's current picture, uint8 (height, width, 3)."""

    def __init__(self, num: int, width: int = DEFAULT_FRAME_SIZE[0],
                 height: int = DEFAULT_FRAME_SIZE[1]) -> None:
        width, height = _check_size(width, height)
        self.space = spaces.Box(0, 255, shape=(height, width, 3), dtype=np.uint8)
        self.out = np.zeros((num, height, width, 3), dtype=np.uint8)
        self._renderer = _renderer(width, height, grayscale=False)

    def observe(self, batch, reset_rows: np.ndarray | None = None,
                rows: np.ndarray | None = None) -> np.ndarray:
        """Draw the games in the bool mask ``rows`` (default all) into ``out``; a game whose state
        went non-finite keeps its last frame."""
        render, games, out = self._renderer.render, batch.games, self.out
        skip = (batch.nonfinite if rows is None else batch.nonfinite | ~rows).tolist()
        for row in range(batch.num):
            if not skip[row]:
                render(games[row], out=out[row])
        return out


class FrameStackObserver:
    """multi-frame-qwop-v0's observations: the last ``stack`` gray pictures, (height, width, stack).

    The newest frame is the last channel. After a reset every channel holds the first frame.
    """

    def __init__(self, num: int, width: int = DEFAULT_FRAME_SIZE[0],
                 height: int = DEFAULT_FRAME_SIZE[1], stack: int = DEFAULT_FRAME_STACK) -> None:
        width, height = _check_size(width, height)
        stack = whole_number("frame_stack", stack)
        self.space = spaces.Box(0, 255, shape=(height, width, stack), dtype=np.uint8)
        self.out = np.zeros((num, height, width, stack), dtype=np.uint8)
        self._flat_rows = [row.reshape(-1) for row in self.out]  # views: each row is contiguous
        self._frame = np.zeros((height, width), dtype=np.uint8)  # the renderer wants contiguous
        self._renderer = _renderer(width, height, grayscale=True)

    def observe(self, batch, reset_rows: np.ndarray | None = None,
                rows: np.ndarray | None = None) -> np.ndarray:
        """Push the new frame of the games in the bool mask ``rows`` (default all); those in
        ``reset_rows`` start a fresh stack. Other rows' stacks are left as they are."""
        render, games, out, frame = self._renderer.render, batch.games, self.out, self._frame
        skip = (batch.nonfinite if rows is None else batch.nonfinite | ~rows).tolist()
        fresh = [False] * batch.num if reset_rows is None else reset_rows.tolist()
        for row in range(batch.num):
            if skip[row]:
                continue
            render(games[row], out=frame)
            if fresh[row]:
                out[row] = frame[:, :, None]
            else:
                # Dropping the oldest channel of every pixel is a shift of the whole row by one
                # byte (each pixel's channels move down one; the last channel then holds the next
                # pixel's oldest, which the new frame overwrites): one contiguous move instead of
                # a strided, overlapping copy that numpy would buffer, 20 times faster.
                flat = self._flat_rows[row]
                flat[:-1] = flat[1:]
                out[row, :, :, -1] = frame
        return out
