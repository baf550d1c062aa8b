"""The renderer: shapes, where things are drawn, the view rule, and that it only reads the game."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from rlqwop import Game
from rlqwop.game import render, spec
from rlqwop.game.render import PALETTE_INDEX, PALETTE_RGB, Renderer

COMBOS = ["", "o", "p", "q", "qo", "qp", "w", "wo", "wp"]


def colour(name: str) -> np.ndarray:
    return PALETTE_RGB[PALETTE_INDEX[name]]


def stepped(updates: int, seed: int = 0, hold: int = 6) -> Game:
    rng = random.Random(seed)
    game = Game()
    keys = ""
    for u in range(updates):
        if u % hold == 0:
            keys = COMBOS[rng.randrange(9)]
        game.step(keys)
    return game


class Moved:
    """A game seen as if the runner stood ``dx`` units further on: for the hurdle and finish."""

    def __init__(self, game: Game, dx: float, nan: bool = False, dy: float = 0.0) -> None:
        self.game, self.dx, self.nan, self.dy = game, dx, nan, dy

    def body_states(self, out=None):
        states = self.game.body_states()
        states[:, 0] += self.dx
        states[:, 1] += self.dy
        if self.nan:
            states[:, :3] = np.nan
        if out is None:
            return states
        out[...] = states
        return out

    def hurdle_states(self):
        return self.game.hurdle_states()

    @property
    def camera_px(self):
        return self.game.camera_px + self.dx * spec.PIXELS_PER_UNIT


class Posed(Moved):
    """The start pose with every box turned to ``angle``: edges exactly or almost axis-aligned."""

    def __init__(self, game: Game, angle: float) -> None:
        super().__init__(game, 0.0)
        self.angle = angle

    def body_states(self, out=None):
        states = self.game.body_states()
        states[:, 2] = self.angle
        if out is None:
            return states
        out[...] = states
        return out


def pixel(renderer: Renderer, game, x: float, y: float) -> tuple[int, int]:
    col, row = renderer.world_to_pixel(game, x, y)
    return int(row), int(col)


def reference_boxes(renderer: Renderer, game) -> tuple[np.ndarray, np.ndarray]:
    """For every pixel centre: the last box in draw order covering it (-1: none) and how deep
    inside that box it is, in pixels; by rotating pixel centres into each box's frame."""
    left, top, ppu = renderer.view(game)
    rows, cols = np.mgrid[0:renderer.height, 0:renderer.width] + 0.5
    wx, wy = left + cols / ppu, top + rows / ppu
    states = np.vstack([game.body_states(), game.hurdle_states()])
    halves = [b.half for b in spec.BODIES] + [p.half for p in spec.HURDLE_PARTS]
    owner = np.full(wx.shape, -1)
    depth = np.zeros(wx.shape)
    for name in render.DRAW_ORDER:
        i = render.BOX_NAMES.index(name)
        x, y, a = states[i, :3]
        u = np.cos(a) * (wx - x) + np.sin(a) * (wy - y)
        v = -np.sin(a) * (wx - x) + np.cos(a) * (wy - y)
        inside = np.minimum(halves[i][0] - np.abs(u), halves[i][1] - np.abs(v)) * ppu
        owner = np.where(inside >= 0, PALETTE_INDEX[name], owner)
        depth = np.where(inside >= 0, inside, depth)
    return owner, depth


# --- shapes -----------------------------------------------------------------------------------
@pytest.mark.parametrize("width,height", [(84, 84), (64, 48), (160, 100), (640, 400), (33, 200), (1, 1)])
@pytest.mark.parametrize("grayscale", [False, True])
def test_shape_and_dtype(width, height, grayscale):
    renderer = Renderer(width, height, grayscale=grayscale)
    picture = renderer.render(Game())
    assert picture.dtype == np.uint8
    assert picture.shape == ((height, width) if grayscale else (height, width, 3))
    assert renderer.shape == picture.shape


def test_out_is_filled_and_returned_and_checked():
    renderer = Renderer(84, 84)
    game = stepped(30)
    out = np.zeros((84, 84, 3), dtype=np.uint8)
    assert renderer.render(game, out=out) is out
    assert np.array_equal(out, renderer.render(game))
    with pytest.raises(ValueError, match="out must be"):
        renderer.render(game, out=np.zeros((84, 84), dtype=np.uint8))
    with pytest.raises(ValueError, match="out must be"):
        renderer.render(game, out=np.zeros((84, 84, 3), dtype=np.float32))


@pytest.mark.parametrize("size", [(0, 84), (84, -1), (84.0, 84)])
def test_bad_size_is_refused(size):
    with pytest.raises(ValueError, match="whole number of pixels"):
        Renderer(*size)


# --- what is where ------------------------------------------------------------------------------
def test_start_picture_has_torso_track_and_sky_where_they_belong():
    game = Game()
    renderer = Renderer(640, 400)
    picture = renderer.render(game)
    torso = spec.BODIES[spec.TORSO]
    assert np.array_equal(picture[pixel(renderer, game, torso.x, torso.y)], colour("torso"))
    head = spec.BODIES[spec.HEAD]
    assert np.array_equal(picture[pixel(renderer, game, head.x, head.y)], colour("head"))
    # the track, between two metre marks, below its lit edge
    assert np.array_equal(picture[pixel(renderer, game, 15.0, spec.TRACK_TOP_Y + 1.5)], colour("track"))
    assert np.array_equal(picture[pixel(renderer, game, 15.0, spec.TRACK_TOP_Y + 0.1)], colour("trackEdge"))
    assert np.array_equal(picture[pixel(renderer, game, 15.0, spec.TRACK_TOP_Y - 0.1)], colour("sky"))
    assert np.array_equal(picture[5, 600], colour("sky"))
    assert np.array_equal(picture[-1, 600], colour("track"))


def test_640x400_view_is_the_games_camera():
    game = stepped(60)
    renderer = Renderer(640, 400)
    left, top, ppu = renderer.view(game)
    assert ppu == spec.PIXELS_PER_UNIT
    assert left == pytest.approx(game.camera_px / spec.PIXELS_PER_UNIT)
    assert top + 20 == pytest.approx(spec.TRACK_CENTRE_Y + spec.TRACK_SEGMENT_HALF[1])


@pytest.mark.parametrize("width,height", [(84, 84), (200, 50), (64, 128)])
def test_other_aspects_keep_20_units_high_and_the_torso_at_14_32(width, height):
    game = stepped(40)
    renderer = Renderer(width, height)
    col, row = renderer.world_to_pixel(game, game.camera_px / spec.PIXELS_PER_UNIT + 14, 0)
    assert col == pytest.approx(width * 14 / 32)
    assert renderer.view(game).pixels_per_unit == pytest.approx(height / 20)


@pytest.mark.parametrize("width,height,updates,seed", [(84, 84, 0, 0), (84, 84, 45, 1), (120, 75, 90, 2),
                                                       (64, 64, 200, 3), (640, 400, 45, 4)])
def test_every_runner_pixel_has_the_colour_of_the_front_box_over_it(width, height, updates, seed):
    """Against an independent rasteriser: pixel centres rotated into each box's own frame."""
    game = stepped(updates, seed)
    renderer = Renderer(width, height)
    picture = renderer.render(game)
    owner, depth = reference_boxes(renderer, game)
    outline = render.OUTLINE_UNITS * renderer.pixels_per_unit
    outline = outline if outline >= 1 else 0.0
    clear = (owner >= 0) & (depth > 1e-6) & (np.abs(depth - outline) > 1e-6)
    outline_of = np.arange(len(PALETTE_RGB))
    for name in render.BOX_NAMES:
        outline_of[PALETTE_INDEX[name]] = PALETTE_INDEX[name + "Outline"]
    expected = np.where(depth < outline, outline_of[np.maximum(owner, 0)], owner)
    assert clear.sum() > 50
    assert np.array_equal(picture[clear], PALETTE_RGB[expected[clear]])
    # and nowhere else is a runner colour
    runner = [PALETTE_INDEX[n] for n in spec.BODY_NAMES]
    off = owner < 0
    is_runner = (picture[off][:, None, :] == PALETTE_RGB[runner][None]).all(-1).any(-1)
    assert not is_runner.any()


def test_left_limbs_in_front_of_torso_right_limbs_behind():
    order = render.DRAW_ORDER
    torso = order.index("torso")
    assert all(order.index(n) > torso for n in spec.BODY_NAMES if n.startswith("left"))
    assert all(order.index(n) < torso for n in spec.BODY_NAMES if n.startswith("right"))
    assert sorted(order) == sorted(render.BOX_NAMES)


def test_runner_colours_are_distinct_in_rgb_and_in_gray():
    names = list(spec.BODY_NAMES) + ["sky", "track"]
    rgb = np.array([render.COLOURS[n] for n in names])
    assert len({tuple(c) for c in rgb}) == len(names)
    gray = render.luma(rgb).astype(int)
    gaps = [abs(a - b) for a, b in itertools.combinations(gray, 2)]
    assert min(gaps) >= 8


def test_grayscale_is_the_luma_of_the_rgb_picture():
    game = stepped(50, seed=5)
    for size in [(84, 84), (640, 400)]:
        rgb = Renderer(*size).render(game)
        gray = Renderer(*size, grayscale=True).render(game)
        assert np.array_equal(gray, render.luma(rgb))


def test_picture_changes_when_the_runner_moves():
    game = Game()
    renderer = Renderer(84, 84)
    before = renderer.render(game)
    for _ in range(15):
        game.step("qo")
    after = renderer.render(game)
    changed = (before != after).any(-1)
    assert changed.sum() > 20
    runner = np.array([PALETTE_INDEX[n] for n in spec.BODY_NAMES])
    was_runner = (before[:, :, None, :] == PALETTE_RGB[runner]).all(-1).any(-1)
    assert (changed & was_runner).sum() > 10


def test_distance_marks_every_metre_never_vanish_at_84_pixels():
    game = Game()
    renderer = Renderer(84, 84)
    for dx in np.linspace(0.0, 10.0, 23):  # the marks slide across every sub-pixel phase
        moved = Moved(game, dx)
        picture = renderer.render(moved)
        row = pixel(renderer, moved, 0.0, spec.TRACK_TOP_Y + 0.8)[0]
        is_mark = (picture[row] == colour("line")).all(-1)
        left, _, ppu = renderer.view(moved)
        expected = len([m for m in range(-200, 200) if 0 <= (10 * m - left) * ppu < 84 - 1])
        runs = np.count_nonzero(np.diff(np.concatenate([[0], is_mark.astype(int)])) == 1)
        assert runs >= expected >= 1


def test_hurdle_is_drawn_where_it_stands():
    game = Game()
    renderer = Renderer(320, 200)
    moved = Moved(game, spec.HURDLE_X - 12)  # the runner 9.5 units before the hurdle
    picture = renderer.render(moved)
    top, base = game.hurdle_states()[1], game.hurdle_states()[0]
    assert np.array_equal(picture[pixel(renderer, moved, top[0], top[1])], colour("hurdleTop"))
    assert np.array_equal(picture[pixel(renderer, moved, base[0] - 1.2, base[1])], colour("hurdleBase"))


def test_finish_line_and_wall():
    game = Game()
    renderer = Renderer(320, 200)
    moved = Moved(game, spec.FINISH_X - 8)
    picture = renderer.render(moved)
    assert np.array_equal(picture[pixel(renderer, moved, spec.FINISH_X, spec.TRACK_TOP_Y + 2.0)],
                          colour("finishLine"))
    assert np.array_equal(picture[pixel(renderer, moved, spec.FINISH_X + 5, spec.TRACK_TOP_Y + 0.6)],
                          colour("sand"))
    moved = Moved(game, -25)
    picture = renderer.render(moved)
    assert np.array_equal(picture[pixel(renderer, moved, spec.BLOCK_CENTRE[0] + 5, 0.0)], colour("wall"))


def test_non_finite_states_draw_no_runner():
    picture = Renderer(84, 84).render(Moved(Game(), 0.0, nan=True))
    runner = np.array([PALETTE_INDEX[n] for n in spec.BODY_NAMES])
    assert not (picture[:, :, None, :] == PALETTE_RGB[runner]).all(-1).any()


# --- the renderer only reads ---------------------------------------------------------------
def snapshot(game: Game):
    return (game.body_states(), game.hurdle_states(), game.camera_px, game.updates, game.race_ticks,
            game.distance_m, game.fallen, game.head_torque, game.hip_mode)


def test_render_does_not_change_the_game():
    game = stepped(40)
    before = snapshot(game)
    for size in [(84, 84), (640, 400)]:
        Renderer(*size).render(game)
        Renderer(*size, grayscale=True).render(game)
    after = snapshot(game)
    for a, b in zip(before, after):
        assert np.array_equal(a, b)


def test_rendering_every_update_leaves_the_run_bit_identical():
    rng = random.Random(9)
    keys = [COMBOS[rng.randrange(9)] for _ in range(150)]
    watched, unwatched = Game(), Game()
    renderer = Renderer(84, 84)
    for k in keys:
        watched.step(k)
        renderer.render(watched)
        unwatched.step(k)
    assert np.array_equal(watched.body_states(), unwatched.body_states())
    assert watched.distance_m == unwatched.distance_m


def test_view_follows_a_torso_that_rises_above_minus_5():
    game = Game()
    renderer = Renderer(84, 84)
    assert renderer.view(game).top == pytest.approx(render.VIEW_TOP_Y)
    lifted = Moved(game, 0.0, dy=-10.0)
    torso = lifted.body_states()[spec.TORSO]
    assert torso[1] < -5
    col, row = renderer.world_to_pixel(lifted, torso[0], torso[1])
    assert row == pytest.approx((-5 - render.VIEW_TOP_Y) * renderer.pixels_per_unit)
    picture = renderer.render(lifted)
    assert np.array_equal(picture[int(row), int(col)], colour("torso"))


def test_view_stops_following_after_a_fall():
    game = Game()
    renderer = Renderer(84, 84)
    while not game.fallen:
        game.step("qo")
        assert game.updates < 2000, "the scripted run should fall"
    left = renderer.view(game).left
    for _ in range(30):
        game.step("")
    assert renderer.view(game).left == left


@pytest.mark.parametrize("angle", [0.0, 1e-300, -1e-17, np.pi / 2, -np.pi / 2 + 1e-15, np.pi,
                                   np.nextafter(np.pi / 4, 0), 3 * np.pi / 4, 1e6])
def test_axis_aligned_and_nearly_aligned_boxes(angle):
    game = Posed(Game(), angle)
    for size in [(84, 84), (320, 200)]:
        renderer = Renderer(*size)
        picture = renderer.render(game)
        owner, depth = reference_boxes(renderer, game)
        outline = render.OUTLINE_UNITS * renderer.pixels_per_unit
        outline = outline if outline >= 1 else 0.0
        inner = (owner >= 0) & (depth > outline + 1e-6)
        assert inner.sum() > 50
        assert np.array_equal(picture[inner], PALETTE_RGB[owner[inner]])
