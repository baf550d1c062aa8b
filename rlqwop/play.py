"""QWOP for people: play in a pygame-ce window, and watch or check a recorded run.

``play`` runs the game at 30 updates per second; Q and W drive the thighs, O and P the calves, R
restarts and Esc (or closing the window) quits. Every run is saved as a replay when it ends: by a
fall or the finish, by R, or by quitting. ``play(race=...)`` races a trained runner: the window
splits in two, the player above and the runner below, both starting together (R restarts both).
``play_replay`` shows a replay (or only re-simulates it) and checks that it reproduces the
recorded distance and time.

Both loops read pygame's event queue only, so a test can drive them headlessly: set
``SDL_VIDEODRIVER=dummy`` and post KEYDOWN/KEYUP events from ``on_update``.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Callable

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
import numpy as np  # noqa: E402
import pygame  # noqa: E402

from rlqwop.game import Game, spec  # noqa: E402
from rlqwop.game.render import Renderer  # noqa: E402
from rlqwop.game.replay import (SUFFIX, Recorder, Replay, ReplayError, RunResult,  # noqa: E402
                                Verification, load_replay, replay_game, save_replay, verify)

WINDOW = (640, 400)
RACE_PANEL = (640, 300)  # each half of a race's window, at scale 1
GAME_KEYS = {pygame.K_q: "q", pygame.K_w: "w", pygame.K_o: "o", pygame.K_p: "p"}
TEXT = (20, 20, 28)
KEY_LIT, KEY_DIM = (20, 20, 28), (190, 190, 200)
_FOCUS_LOST = getattr(pygame, "WINDOWFOCUSLOST", None)


class Pacer:
    """Waits so that ticks come at exactly ``rate`` per second on average (None: no waiting).

    pygame's Clock.tick counts whole milliseconds, so it runs near 30 per second but not at it
    (29.9 measured); a deadline that advances by exactly 1/rate keeps the long-run rate exact.
    """

    def __init__(self, rate: float | None) -> None:
        self.period = None if not rate else 1.0 / rate
        self.deadline = time.perf_counter()

    def wait(self) -> None:
        if self.period is None:
            return
        self.deadline += self.period
        ahead = self.deadline - time.perf_counter()
        if ahead > 0:
            time.sleep(ahead)
        elif ahead < -0.25:  # far behind (the window was dragged, the machine stalled): no burst
            self.deadline = time.perf_counter()


class Overlay:
    """The text over the game, drawn onto any Surface the renderer's picture is on: the window
    here, a video frame in ``rlqwop record``."""

    def __init__(self, size: tuple[int, int]) -> None:
        pygame.font.init()  # needs no display
        self.size = size
        self.unit = size[1] / WINDOW[1]
        self.big = pygame.font.Font(None, max(8, round(44 * self.unit)))
        self.small = pygame.font.Font(None, max(8, round(24 * self.unit)))

    def draw(self, surface: pygame.Surface, view, distance_m: float, held: str,
             lines: list[str], corner: str, message: str = "", note: str = "") -> None:
        """The distance marks' labels, the score line, the held keys and messages.

        ``view`` is the renderer's ``(left, top, pixels per unit)`` for the picture underneath.
        """
        unit, (width, height) = self.unit, self.size
        left, top, ppu = view
        label_y = (spec.TRACK_TOP_Y + 2.3 - top) * ppu
        for mark in range(int(left // 100) * 100, int(left + width / ppu) + 100, 100):
            text = self.small.render(f"{mark // 10} m", True, KEY_LIT)
            surface.blit(text, ((mark - left) * ppu + 4 * unit, label_y - text.get_height() / 2))
        title = self.big.render(f"{distance_m:.1f} metres", True, TEXT)
        surface.blit(title, ((width - title.get_width()) / 2, 8 * unit))
        for i, line in enumerate(lines):
            surface.blit(self.small.render(line, True, TEXT), (10 * unit, (10 + 22 * i) * unit))
        text = self.small.render(corner, True, TEXT)
        surface.blit(text, (width - text.get_width() - 10 * unit, 10 * unit))
        x = 10 * unit
        for key in "qwop":
            text = self.big.render(key.upper(), True, KEY_LIT if key in held else KEY_DIM)
            surface.blit(text, (x, height - text.get_height() - 60 * unit))
            x += text.get_width() + 10 * unit
        for i, line in enumerate(line for line in (message, note) if line):
            text = self.small.render(line, True, TEXT)
            surface.blit(text, ((width - text.get_width()) / 2, (60 + 24 * i) * unit))


class Panel:
    """One picture of a game in the window, at ``top``, with the overlay's text over it."""

    def __init__(self, window: pygame.Surface, size: tuple[int, int], top: int) -> None:
        self.renderer = Renderer(*size)
        self.frame = np.zeros(self.renderer.shape, dtype=np.uint8)  # shared with the surface
        self.picture = pygame.image.frombuffer(self.frame, size, "RGB")
        self.area = window.subsurface(pygame.Rect((0, top), size))
        self.overlay = Overlay(size)

    def draw(self, game: Game, distance_m: float, held: str, lines: list[str], corner: str,
             message: str = "", note: str = "") -> None:
        self.renderer.render(game, out=self.frame)
        self.area.blit(self.picture, (0, 0))
        self.overlay.draw(self.area, self.renderer.view(game), distance_m, held, lines, corner,
                          message, note)


class Screen:
    """The window: one panel (a game's picture and the overlay's text over it), or two one above
    the other for a race."""

    def __init__(self, scale: float, caption: str, panels: int = 1) -> None:
        _check_scale(scale)
        width, height = WINDOW if panels == 1 else RACE_PANEL
        width, height = max(1, round(width * scale)), max(1, round(height * scale))
        self.size = (width, height * panels)
        pygame.display.init()
        if pygame.display.get_driver() == "offscreen" and not os.environ.get("SDL_VIDEODRIVER"):
            # SDL falls back to drawing into memory when it finds no display: the run would go
            # on in a window nobody can see
            pygame.display.quit()
            raise pygame.error("no display found")
        pygame.display.set_caption(caption)
        self.window = pygame.display.set_mode(self.size)
        self.panels = [Panel(self.window, (width, height), i * height) for i in range(panels)]

    def draw(self, game: Game, distance_m: float, held: str, lines: list[str], corner: str,
             message: str = "", note: str = "") -> None:
        """The game and the overlay (see ``Overlay.draw``) in the first panel, shown."""
        self.panels[0].draw(game, distance_m, held, lines, corner, message, note)
        pygame.display.flip()


def _check_scale(scale: float) -> None:
    if not scale > 0:
        raise ValueError(f"scale must be > 0, got {scale!r}")


def open_screen(scale: float, caption: str,
                hint: str = "run 'rlqwop replay --headless FILE' to check a replay",
                panels: int = 1) -> Screen | None:
    """The window, or None (after saying why and what ``hint`` suggests) when none opens."""
    try:
        return Screen(scale, caption, panels)
    except pygame.error as e:
        print(f"rlqwop: cannot open a window ({e}). Without a display, {hint}.", file=sys.stderr)
        return None


def end_message(result: RunResult, again: str = ". R to run again") -> str:
    """What to say once a run has ended; the ragdoll's later sliding does not change it."""
    if result.finished:
        return f"Finished: {result.distance_m:.1f} metres in {result.race_time_s:.1f} s{again}"
    if result.fallen:
        return f"He fell at {result.distance_m:.1f} metres{again}"
    return ""


# --- a trained runner's run, update by update ------------------------------------------------
class Episode:
    """A trained runner's run from the exact start (``rlqwop.agents.runner.updates``), update by
    update: iterating yields ``(game, keys, distance, message)``, the distance and message frozen
    once the run has ended, as in play. Afterwards ``end`` is its ``EpisodeEnd`` (None when cut
    short by ``max_updates`` or left early)."""

    def __init__(self, runner, env, max_updates: int | None = None) -> None:
        self.runner, self.env, self.max_updates, self.end = runner, env, max_updates, None

    def __iter__(self):
        from rlqwop.agents.runner import updates

        it = updates(self.runner, self.env)
        final, count, self.end = None, 0, None
        while self.max_updates is None or count < self.max_updates:
            try:
                game, keys = next(it)
            except StopIteration as stop:
                self.end = stop.value
                return
            count += 1
            if game.ended and final is None:
                final = RunResult.of(game)
            distance = game.distance_m if final is None else final.distance_m
            yield game, keys, distance, "" if final is None else end_message(final, again="")
        it.close()


def describe_end(end) -> str:
    """An ``EpisodeEnd`` (or None: cut short) in words."""
    if end is None:
        return "stopped before the end of the run"
    how = "finished" if end.finished else "fell" if end.fallen else "did not finish"
    return f"{end.distance_m:.1f} m in {end.race_time_s:.2f} s on the race clock ({how})"


class Rival:
    """A trained runner racing the player: its own game, one update per update of the player's.

    Raises ``rlqwop.agents.checkpoint.CheckpointError`` for a checkpoint that cannot be used
    (``checkpoint`` None: the runner shipped with rlqwop).
    """

    def __init__(self, checkpoint: str | os.PathLike | None) -> None:
        from rlqwop.agents.runner import load_runner

        self.runner = load_runner(checkpoint)
        self.env = self.runner.make_env()
        self.name = self.runner.path.name
        self.updates = None
        self.restart()

    def restart(self) -> None:
        if self.updates is not None:
            self.updates.close()
        self.episode = Episode(self.runner, self.env)
        self.updates = iter(self.episode)
        self.game, self.keys, self.distance_m, self.message = None, "", 0.0, ""
        self.over = False

    @property
    def end(self):
        """Its ``EpisodeEnd`` once its run is over, else None."""
        return self.episode.end

    def step(self) -> None:
        """One game update of its run; once the run is over its last picture stays."""
        if self.over:
            return
        try:
            self.game, self.keys, self.distance_m, self.message = next(self.updates)
        except StopIteration:
            self.over, self.keys = True, ""
            # a run its env stopped (time limit, behind the start) has no fall or finish to say
            self.message = self.message or describe_end(self.end)
            print(f"rival {self.runner.path}: {describe_end(self.end)}")

    def close(self) -> None:
        """Says where it is if its run is still going, and lets go of its environment."""
        if not self.over and self.game is not None:
            print(f"rival {self.runner.path}: {self.distance_m:.2f} m at "
                  f"{self.game.race_time_s:.2f} s on the race clock (running)")
        self.updates.close()
        self.env.close()


def race_verdict(you, rival) -> str:
    """Who won, from two ended runs (anything with ``finished``, ``race_time_s``, ``distance_m``):
    a finish beats no finish, then the faster race time, or else the longer distance."""
    def rank(run):
        return (run.finished, -run.race_time_s if run.finished else run.distance_m)
    if rank(you) == rank(rival):
        return "a dead heat"
    return "you win" if rank(you) > rank(rival) else "the runner wins"


def _save_new_replay(replay_dir: Path, replay: Replay) -> Path:
    """Save ``replay`` under a new name in ``replay_dir``, never over another run's file (two
    players, or several runs, in one second: -2, -3, ...)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{stamp}_{replay.result.distance_m:.1f}m"
    for n in range(1, 1000):
        path = replay_dir / f"{name}{'' if n == 1 else f'-{n}'}{SUFFIX}"
        try:
            return save_replay(path, replay, overwrite=False)
        except FileExistsError:
            if not path.exists():  # not the name taken: the directory is gone or is a file
                raise
    raise FileExistsError(f"{replay_dir}: 999 replays named {name}-N already")


# --- playing -------------------------------------------------------------------------------
def play(start: str = "fresh", replay_dir: str | os.PathLike = "replays", scale: float = 1.0,
         max_updates: int | None = None, *, race: bool | str | os.PathLike = False,
         fps: float | None = spec.UPDATES_PER_SECOND,
         on_update: Callable[[int], None] | None = None) -> int:
    """Play QWOP in a window until Esc or close (or ``max_updates`` updates); returns 0.

    Each run is saved in ``replay_dir`` as ``YYYYmmdd-HHMMSS_<distance>m.qwopreplay``.
    ``race`` races a trained runner (True: the one shipped with rlqwop; or a checkpoint's path),
    shown below the player's game; it runs from its own environment's start, deterministically.
    ``fps`` is the update rate (None: as fast as possible, for tests); ``on_update(n)`` is called
    before the events of the n-th update (from 0) are read, so it can post key events.
    Returns 1 if no window can be opened, 2 if the rival's checkpoint or the replay directory is
    refused.
    """
    _check_scale(scale)
    game = Game(start=start)  # refuses a bad start before a window opens
    replay_dir = Path(replay_dir)
    nearest = next((p for p in (replay_dir, *replay_dir.parents) if p.exists()), replay_dir.parent)
    if nearest.exists() and not nearest.is_dir():  # before the rival loads; nothing created yet
        where = "is a file" if nearest == replay_dir else f"cannot be created: {nearest} is a file"
        print(f"rlqwop play: error: --replay-dir {replay_dir} {where}; give a directory (it is "
              f"created if missing)", file=sys.stderr)
        return 2
    rival = None
    if race is not False:
        from rlqwop.agents.checkpoint import CheckpointError

        try:
            rival = Rival(None if race is True else race)
        except CheckpointError as e:
            print(f"rlqwop play: error: {e}", file=sys.stderr)
            return 2
    try:
        replay_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        print(f"rlqwop play: error: --replay-dir {replay_dir} cannot be created ({e})",
              file=sys.stderr)
        if rival is not None:
            rival.close()
        return 2
    caption = "rlqwop: Q W O P run, R restarts, Esc quits"
    screen = open_screen(scale, caption if rival is None else f"{caption}; racing {rival.name}",
                         panels=1 if rival is None else 2)
    if screen is None:
        if rival is not None:
            rival.close()
        return 1
    pacer, held = Pacer(fps), set()
    recorder, saved, best, updates = Recorder(game), False, None, 0
    verdict = ""  # the race's result, once both runs have ended
    message = note = ""
    final = None  # the ended run's result, which the ragdoll's sliding does not change

    def save_run() -> None:
        nonlocal saved, best, message, note, final
        if saved or not recorder.keys:
            return
        replay = recorder.replay()
        result = replay.result
        saved, message = True, end_message(result)
        final = result if game.ended else None
        best = result.distance_m if best is None else max(best, result.distance_m)
        try:
            path = _save_new_replay(replay_dir, replay)
        except OSError as e:  # a full disk, the directory gone: said once, and the game goes on
            note = "the replay was not saved"
            print(f"rlqwop play: error: the run's replay was not saved: {e}", file=sys.stderr)
            return
        note = f"saved {path}"
        how = "finished" if result.finished else "fell" if result.fallen else "stopped"
        print(f"{path}: {result.distance_m:.1f} m in {result.race_time_s:.1f} s ({how})")

    try:
        while max_updates is None or updates < max_updates:
            if on_update is not None:
                on_update(updates)
            quit_now = restart = False
            for event in pygame.event.get():
                if event.type == pygame.QUIT:
                    quit_now = True
                elif event.type == pygame.KEYDOWN:
                    if event.key in GAME_KEYS:
                        held.add(GAME_KEYS[event.key])
                    elif event.key == pygame.K_r:
                        restart = True
                    elif event.key == pygame.K_ESCAPE:
                        quit_now = True
                elif event.type == pygame.KEYUP and event.key in GAME_KEYS:
                    held.discard(GAME_KEYS[event.key])
                elif event.type == _FOCUS_LOST:  # key releases go elsewhere meanwhile
                    held.clear()
            if quit_now:
                break
            if restart:
                save_run()
                game.reset()
                recorder, saved, message, final = Recorder(game), False, "", None
                if rival is not None:
                    rival.restart()
                    verdict = ""
            keys = "".join(sorted(held, key="qwop".index))
            recorder.step(keys)
            updates += 1
            if game.ended:
                save_run()
            lines = [f"time  {game.race_time_s:.1f} s",
                     "best  -" if best is None else f"best  {best:.1f} m"]
            distance = game.distance_m if final is None else final.distance_m
            if rival is None:
                screen.draw(game, distance, keys, lines, "", message, note)
            else:
                rival.step()
                if not verdict and final is not None and rival.end is not None:
                    verdict = race_verdict(final, rival.end)
                    print(f"race against {rival.name}: {verdict}")
                lines.append(verdict or f"{rival.name}  {rival.distance_m:.1f} m")
                screen.panels[0].draw(game, distance, keys, lines, "you", message, note)
                screen.panels[1].draw(rival.game, rival.distance_m, rival.keys,
                                      [f"time  {rival.game.race_time_s:.1f} s"],
                                      f"rival: {rival.name}", rival.message)
                pygame.display.flip()
            pacer.wait()
    finally:
        try:
            save_run()
        finally:
            try:
                if rival is not None:
                    rival.close()
            finally:
                pygame.quit()
    return 0


# --- replays -------------------------------------------------------------------------------
def play_replay(path: str | os.PathLike, scale: float = 1.0, headless: bool = False, *,
                fps: float | None = spec.UPDATES_PER_SECOND, hold_s: float = 2.0) -> int:
    """Show a replay in a window (or, ``headless``, only re-simulate it) and verify its result.

    Prints the verdict. Returns 0 when the re-simulation reproduces the recorded distance, race
    time, flags and update count; 1 on a mismatch; 2 when the file is refused or no window opens.
    ``hold_s`` is how long the last picture stays up (any key or closing the window skips it).
    """
    try:
        replay = load_replay(path)
        if headless:
            check = verify(replay)
        else:
            check = _watch(replay, scale, fps, hold_s)
            if check is None:
                return 2
    except ReplayError as e:
        print(f"rlqwop replay: {e}", file=sys.stderr)
        return 2
    print(_verdict(path, replay, check))
    return 0 if check.ok else 1


def _watch(replay: Replay, scale: float, fps: float | None, hold_s: float) -> Verification | None:
    """Step the replay at ``fps`` in a window; closing it early re-simulates the rest unseen."""
    game = replay_game(replay)
    screen = open_screen(scale, "rlqwop replay")
    if screen is None:
        return None
    pacer, watching, message, final = Pacer(fps), True, "", None
    corner = f"replay of {replay.result.distance_m:.1f} m"
    try:
        for i, keys in enumerate(replay.keys):
            game.step(keys)
            if game.ended and final is None:
                final = RunResult.of(game)
                message = end_message(final, again="")
            distance = game.distance_m if final is None else final.distance_m
            if not watching:
                continue
            if any(e.type == pygame.QUIT or (e.type == pygame.KEYDOWN and e.key == pygame.K_ESCAPE)
                   for e in pygame.event.get()):
                watching = False
                continue
            screen.draw(game, distance, keys, [f"time  {game.race_time_s:.1f} s", f"update  {i + 1}"],
                        corner, message)
            pacer.wait()
        check = verify(replay, RunResult.of(game))
        if watching:
            verdict = "matches the recording" if check.ok else "DOES NOT match the recording"
            screen.draw(game, check.result.distance_m, "", [f"time  {game.race_time_s:.1f} s"], corner,
                        message, f"Replay {verdict}")
            hold(hold_s)
        return check
    finally:
        pygame.quit()


def hold(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        if any(e.type in (pygame.QUIT, pygame.KEYDOWN) for e in pygame.event.get()):
            return
        time.sleep(0.02)


def _verdict(path, replay: Replay, check: Verification) -> str:
    rec = replay.result
    how = "finished" if rec.finished else "fell" if rec.fallen else "no fall, no finish"
    head = (f"{path}: {rec.updates} updates; recorded {rec.distance_m:.1f} m in "
            f"{rec.race_time_s:.2f} s ({how})")
    if not check.ok:
        return "\n".join([head, "MISMATCH: the re-simulation differs from the recording:",
                          *(f"  {m}" for m in check.mismatches)])
    same = ("bit-identical final state" if check.bit_identical else
            "but the final body states differ in their last bits (another build of the physics?)")
    return f"{head}\nOK: the re-simulation reproduces the distance and time ({same})"
