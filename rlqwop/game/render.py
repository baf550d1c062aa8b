"""Pictures of a QWOP race drawn from a game's current state: runner, track, hurdle, wall, finish.

The renderer only reads the game (``body_states``, ``hurdle_states``, ``camera_px``); it never steps
or changes it. Our own look, in flat colours; no asset of the original game is used.

View rule:
    The picture always spans 20 units vertically, so the scale is ``height / 20`` pixels per unit
    and a picture of any width shows ``20 * width / height`` units across. Horizontally, the point
    the game's camera follows (``camera_px / 20 + 14``, the torso until a fall freezes the camera)
    sits at 14/32 of the width, as in the game's 640 x 400 view, whose left edge is then exactly
    ``camera_px / 20``. Vertically the track's underside is at the bottom edge unless the torso
    rises above y = -5 (a launch); then the view follows it up, keeping it where y = -5 would be
    (2.66 units below the top edge).

Speed:
    Pixel observations call ``render`` on every environment step, so a picture is drawn directly
    at its final size by one compiled kernel (numba; compiled once, about 3 s, then loaded from
    numba's on-disk cache in about 0.5 s per process): axis-aligned rectangles for the world,
    then each box row by row between its four edges, every run of pixels a copy from a pre-tiled
    row of its colour. A pixel takes the colour of the last thing drawn over its centre; there is
    no anti-aliasing. Thin features (distance ticks, the finish line) are widened to at least one
    pixel so that they never flicker out at small sizes. Grayscale pictures are drawn directly in
    the BT.601 luma of each colour, which the palette keeps distinct between the runner's parts,
    the sky and the track.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numba
import numpy as np

from rlqwop.game import spec
from rlqwop.game.game import segment_index

VIEW_UNITS_HIGH = spec.SCREEN_UNITS[1]
FOLLOW_FRACTION = -spec.CAMERA_OFFSET_UNITS / spec.SCREEN_UNITS[0]  # 14/32 of the width
TRACK_BOTTOM_Y = spec.TRACK_CENTRE_Y + spec.TRACK_SEGMENT_HALF[1]
VIEW_TOP_Y = TRACK_BOTTOM_Y - VIEW_UNITS_HIGH
FOLLOW_UP_Y = -5.0  # the torso height above which the view follows it up
OUTLINE_UNITS = 0.1  # dark edge of each box; drawn only when at least one pixel wide
OUTLINE_SHADE = 0.55
LEVEL_END_X = 1050.0  # the game's levelSize: where the sand pit ends

COLOURS = {
    "sky": (236, 244, 250),
    "wall": (150, 146, 160),
    "track": (200, 130, 100),
    "trackEdge": (222, 168, 140),  # the lit top face
    "line": (250, 246, 236),  # distance marks
    "sand": (232, 206, 150),
    "finishLine": (30, 30, 36),
    "pole": (70, 70, 78),
    "banner": (40, 40, 48),
    "hurdleBase": (90, 90, 100),
    "hurdleTop": (40, 40, 48),
    # Left limbs are in front of the torso and bright; right limbs are behind it and dark.
    "torso": (36, 84, 196),
    "head": (238, 186, 150),
    "leftThigh": (222, 52, 52),
    "leftCalf": (255, 212, 64),
    "leftFoot": (52, 186, 84),
    "leftArm": (248, 152, 92),
    "leftForearm": (255, 222, 184),
    "rightThigh": (124, 26, 40),
    "rightCalf": (156, 124, 28),
    "rightFoot": (22, 96, 52),
    "rightArm": (170, 96, 56),
    "rightForearm": (196, 146, 112),
}
BOX_NAMES = spec.BODY_NAMES + tuple(p.name for p in spec.HURDLE_PARTS)  # rows of the state array
DRAW_ORDER = ("hurdleBase", "hurdleTop",
              "rightArm", "rightForearm", "rightThigh", "rightCalf", "rightFoot",
              "torso", "head",
              "leftThigh", "leftCalf", "leftFoot", "leftArm", "leftForearm")

_TOP = spec.TRACK_TOP_Y
_INF = math.inf
# x0, y0, x1, y1, colour, clipped to the track's extent, repeat period (0: once), in draw order
_RECTS = (
    (-_INF, -_INF, _INF, _INF, "sky", 0, 0.0),
    (spec.BLOCK_CENTRE[0] - spec.BLOCK_HALF[0], spec.BLOCK_CENTRE[1] - spec.BLOCK_HALF[1],
     spec.BLOCK_CENTRE[0] + spec.BLOCK_HALF[0], spec.BLOCK_CENTRE[1] + spec.BLOCK_HALF[1], "wall", 0, 0.0),
    (spec.FINISH_X - 0.2, _TOP - 12.0, spec.FINISH_X + 0.2, _TOP, "pole", 0, 0.0),
    (spec.FINISH_X + 0.2, _TOP - 12.0, spec.FINISH_X + 4.0, _TOP - 10.0, "banner", 0, 0.0),
    (-_INF, _TOP, _INF, TRACK_BOTTOM_Y, "track", 1, 0.0),
    (-_INF, _TOP, _INF, _TOP + 0.3, "trackEdge", 1, 0.0),
    (spec.FINISH_X, _TOP, LEVEL_END_X, _TOP + 1.0, "sand", 1, 0.0),
    (-0.1, _TOP + 0.5, 0.1, _TOP + 1.1, "line", 1, spec.UNITS_PER_METRE),  # every metre
    (-0.2, _TOP + 0.5, 0.2, TRACK_BOTTOM_Y - 0.4, "line", 1, 10 * spec.UNITS_PER_METRE),  # every 10 m
    (spec.FINISH_X - 0.3, _TOP, spec.FINISH_X + 0.3, TRACK_BOTTOM_Y, "finishLine", 1, 0.0),
)


def _palette() -> tuple[tuple[str, ...], np.ndarray]:
    names = list(COLOURS)
    rgb = [COLOURS[n] for n in names]
    for name in BOX_NAMES:  # each box's outline: a darker shade of its fill
        names.append(name + "Outline")
        rgb.append(tuple(int(c * OUTLINE_SHADE) for c in COLOURS[name]))
    return tuple(names), np.array(rgb, dtype=np.uint8)


PALETTE_NAMES, PALETTE_RGB = _palette()
PALETTE_INDEX = {name: i for i, name in enumerate(PALETTE_NAMES)}


def luma(rgb) -> np.ndarray:
    """ITU-R BT.601 luma of RGB colours, rounded to uint8: the grayscale pictures' values."""
    rgb = np.asarray(rgb, dtype=np.float64)
    return np.rint(rgb @ np.array([0.299, 0.587, 0.114])).astype(np.uint8)


PALETTE_GRAY = luma(PALETTE_RGB)[:, None]


def _box_table() -> np.ndarray:
    halves = {b.name: b.half for b in spec.BODIES} | {p.name: p.half for p in spec.HURDLE_PARTS}
    return np.array([(BOX_NAMES.index(n), *halves[n], PALETTE_INDEX[n], PALETTE_INDEX[n + "Outline"])
                     for n in DRAW_ORDER], dtype=np.float64)


def _rect_table() -> np.ndarray:
    return np.array([(x0, y0, x1, y1, PALETTE_INDEX[c], clip, period)
                     for x0, y0, x1, y1, c, clip, period in _RECTS], dtype=np.float64)


class View(NamedTuple):
    """Where a picture looks: its top-left corner in world units and its pixels per unit."""

    left: float
    top: float
    pixels_per_unit: float


class Renderer:
    """Draws pictures of ``width`` x ``height`` pixels, RGB or grayscale, from a game's state.

    Args:
        width, height: the picture's size in pixels (any aspect; see the module's view rule).
        grayscale: draw one luma channel, shape (height, width), instead of RGB (height, width, 3).

    A renderer keeps scratch arrays: use one per thread.
    """

    def __init__(self, width: int, height: int, grayscale: bool = False) -> None:
        for name, value in (("width", width), ("height", height)):
            if not isinstance(value, (int, np.integer)) or value < 1:
                raise ValueError(f"{name} must be a whole number of pixels >= 1, got {value!r}")
        self.width, self.height, self.grayscale = int(width), int(height), bool(grayscale)
        self.shape = (self.height, self.width) if grayscale else (self.height, self.width, 3)
        self.pixels_per_unit = self.height / VIEW_UNITS_HIGH
        self.view_width_units = self.width / self.pixels_per_unit
        self._left_offset = FOLLOW_FRACTION * self.view_width_units  # follow point to left edge
        outline = OUTLINE_UNITS * self.pixels_per_unit
        channels = 1 if grayscale else 3
        # left, top, pixels per unit, track start, track end, outline width in pixels, channels
        self._frame = np.array([0.0, 0.0, self.pixels_per_unit, 0.0, 0.0,
                                outline if outline >= 1 else 0.0, channels])
        palette = PALETTE_GRAY if grayscale else PALETTE_RGB
        self._patterns = np.ascontiguousarray(np.tile(palette, (1, self.width)))
        self._rects = _rect_table()
        self._boxes = _box_table()
        self._states = np.zeros((len(BOX_NAMES), 6))

    def view(self, game) -> View:
        """The world window the next picture of ``game`` shows."""
        torso_y = game.body_states(out=self._states[:spec.N_BODIES])[spec.TORSO, 1]
        return self._view(game.camera_px, torso_y)

    def _view(self, camera_px: float, torso_y: float) -> View:
        follow_x = camera_px / spec.PIXELS_PER_UNIT - spec.CAMERA_OFFSET_UNITS
        top = VIEW_TOP_Y + min(0.0, torso_y - FOLLOW_UP_Y)
        return View(follow_x - self._left_offset, top, self.pixels_per_unit)

    def world_to_pixel(self, game, x: float, y: float) -> tuple[float, float]:
        """Column and row of world point (x, y) in ``game``'s picture (pixel centres at +0.5)."""
        left, top, ppu = self.view(game)
        return (x - left) * ppu, (y - top) * ppu

    def render(self, game, out: np.ndarray | None = None) -> np.ndarray:
        """Draw ``game``'s current state; uint8 (height, width, 3), or (height, width) if grayscale.

        ``out``, if given, must be a C-contiguous uint8 array of that shape; it is filled and
        returned, which spares an allocation per picture.
        """
        if out is None:
            out = np.empty(self.shape, dtype=np.uint8)
        elif out.shape != self.shape or out.dtype != np.uint8 or not out.flags.c_contiguous:
            raise ValueError(f"out must be a C-contiguous uint8 array of shape {self.shape}, "
                             f"got {out.dtype} {out.shape}")
        states = self._states
        game.body_states(out=states[:spec.N_BODIES])
        states[spec.N_BODIES:] = game.hurdle_states()
        camera_px = game.camera_px
        left, top, _ = self._view(camera_px, states[spec.TORSO, 1])
        first = segment_index(camera_px)  # the three floor segments the physics has placed
        half = spec.TRACK_SEGMENT_HALF[0]
        frame = self._frame
        frame[0], frame[1] = left, top
        frame[3] = 2 * half * first - half
        frame[4] = 2 * half * (first + spec.TRACK_SEGMENTS - 1) + half
        _draw(out.reshape(self.height, -1), self._patterns, frame, self._rects, self._boxes, states)
        return out


# --- the kernel ------------------------------------------------------------------------------
# Everything is drawn as horizontal runs of one colour, which the compiler turns into tight
# stores; a box's run on each row comes from intersecting its four edges' half-planes.

def _compiled(func):
    """numba-compiled, cached on disk; without a writable cache directory, compiled per process."""
    try:
        return numba.njit(cache=True, nogil=True)(func)
    except RuntimeError:  # numba: "cannot cache function ...: no locator available"
        return numba.njit(nogil=True)(func)


@_compiled
def _centres(lo: float, hi: float, n: int) -> tuple[int, int]:
    """Pixels [j0, j1) whose centres lie in [lo, hi], clipped to [0, n)."""
    lo = min(max(lo, -1.0), n + 1.0)  # also tames infinities before the int conversion
    hi = min(max(hi, -1.0), n + 1.0)
    j0 = max(int(math.ceil(lo - 0.5)), 0)
    j1 = min(int(math.floor(hi - 0.5)) + 1, n)
    return j0, max(j1, j0)


@_compiled
def _span(a: float, b: float, n: int) -> tuple[int, int]:
    """Pixels [i0, i1) whose centres lie in [a, b), at least one wide, clipped to [0, n)."""
    a = min(max(a, -2.0), n + 2.0)  # also tames infinities before the int conversion
    b = min(max(b, -2.0), n + 2.0)
    i0 = int(math.ceil(a - 0.5))
    i1 = int(math.ceil(b - 0.5))
    if i1 <= i0:
        i1 = i0 + 1
    i0 = max(i0, 0)
    return i0, max(min(i1, n), i0)


@_compiled
def _run(rows, i, j0, j1, nc, patterns, colour):
    """Pixels [j0, j1) of row i in a colour: a copy from that colour's pre-tiled row."""
    # Unsigned indices spare the negative-index checks, which lets the compiler vectorise the
    # copy; the end is kept >= the start, as an unsigned range would otherwise wrap around.
    row, c = numba.uint64(i), numba.uint64(colour)
    for k in range(numba.uint64(j0 * nc), numba.uint64(max(j1, j0) * nc)):
        rows[row, k] = patterns[c, k]


@_compiled
def _row_span(py, edges, inset, w):
    """Pixels of the row at height ``py`` that are at least ``inset`` pixels inside all edges.

    ``edges`` rows hold an edge's unit direction ex, ey, the slope ex/ey and its start point,
    for a box whose inside is right of each edge on screen.
    """
    lo, hi = -_INF, _INF
    for k in range(4):
        ex, ey, slope, cx, cy = edges[k, 0], edges[k, 1], edges[k, 2], edges[k, 3], edges[k, 4]
        if ey == 0.0:  # a horizontal edge limits rows, not columns
            if ex * (py - cy) < inset:
                return 0, 0
            continue
        # inside: ex * (py - cy) - ey * (px - cx) >= inset, solved for px; (py - cy) first, so
        # that a nearly horizontal edge gives a huge bound of the right sign, not rounding noise
        bound = cx + slope * (py - cy) - inset / ey
        if ey > 0.0:
            hi = min(hi, bound)
        else:
            lo = max(lo, bound)
    if not lo <= hi:
        return 0, 0
    return _centres(lo, hi, w)


@_compiled
def _box(rows, nc, patterns, w, h, cx, cy, edges, outline, fill, edge):
    """One box from its corners in pixels, clockwise on screen, with an optional outline."""
    if max(max(cx[0], cx[1]), max(cx[2], cx[3])) < 0 or min(min(cx[0], cx[1]), min(cx[2], cx[3])) > w:
        return
    for k in range(4):
        dx, dy = cx[(k + 1) % 4] - cx[k], cy[(k + 1) % 4] - cy[k]
        length = math.sqrt(dx * dx + dy * dy)
        ex, ey = dx / length, dy / length
        edges[k, 0], edges[k, 1], edges[k, 3], edges[k, 4] = ex, ey, cx[k], cy[k]
        edges[k, 2] = ex / ey if ey != 0.0 else 0.0
    i0, i1 = _centres(min(min(cy[0], cy[1]), min(cy[2], cy[3])),
                      max(max(cy[0], cy[1]), max(cy[2], cy[3])), h)
    for i in range(i0, i1):
        py = i + 0.5
        j0, j1 = _row_span(py, edges, 0.0, w)
        if j0 >= j1:
            continue
        if outline > 0:
            _run(rows, i, j0, j1, nc, patterns, edge)
            j0, j1 = _row_span(py, edges, outline, w)
        _run(rows, i, j0, j1, nc, patterns, fill)


@_compiled
def _draw(rows, patterns, frame, rects, boxes, states):  # pragma: no cover (compiled)
    left, top, ppu, track_x0, track_x1 = frame[0], frame[1], frame[2], frame[3], frame[4]
    outline, nc = frame[5], int(frame[6])
    h, w = rows.shape[0], rows.shape[1] // nc
    right = left + w / ppu

    for r in range(rects.shape[0]):
        x0, y0, x1, y1 = rects[r, 0], rects[r, 1], rects[r, 2], rects[r, 3]
        colour, clip, period = int(rects[r, 4]), rects[r, 5] > 0, rects[r, 6]
        i0, i1 = _span((y0 - top) * ppu, (y1 - top) * ppu, h)
        if i0 >= i1:
            continue
        k0 = k1 = 0
        if period > 0:
            k0 = int(math.ceil((left - x1) / period))
            k1 = int(math.floor((right - x0) / period))
        for k in range(k0, k1 + 1):
            ax, bx = x0 + k * period, x1 + k * period
            if clip:
                ax, bx = max(ax, track_x0), min(bx, track_x1)
                if bx <= ax:
                    continue
            j0, j1 = _span((ax - left) * ppu, (bx - left) * ppu, w)
            for i in range(i0, i1):
                _run(rows, i, j0, j1, nc, patterns, colour)

    cx = np.empty(4)
    cy = np.empty(4)
    edges = np.empty((4, 5))
    for b in range(boxes.shape[0]):
        row = int(boxes[b, 0])
        hx, hy = boxes[b, 1], boxes[b, 2]
        x, y, angle = states[row, 0], states[row, 1], states[row, 2]
        if not (math.isfinite(x) and math.isfinite(y) and math.isfinite(angle)):
            continue
        ca, sa = math.cos(angle), math.sin(angle)
        for k in range(4):
            lx = hx if k == 1 or k == 2 else -hx
            ly = hy if k >= 2 else -hy
            cx[k] = (x + ca * lx - sa * ly - left) * ppu
            cy[k] = (y + sa * lx + ca * ly - top) * ppu
        _box(rows, nc, patterns, w, h, cx, cy, edges, outline, int(boxes[b, 3]), int(boxes[b, 4]))
