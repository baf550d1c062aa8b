"""A trained runner for people: watch it in a window (``rlqwop watch``) or as a video
(``rlqwop record``).

Both run one episode from the game's exact start with the runner acting deterministically, and
show every game update (30 per second of race clock), with the distance, the race clock and the
held keys drawn by the same ``Overlay`` as ``rlqwop play``. A video is drawn headless: the renderer
draws into a frame, pygame-ce's fonts draw the text onto a Surface sharing the frame's memory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rlqwop.agents.checkpoint import CheckpointError
from rlqwop.agents.runner import EpisodeEnd, Runner, load_runner
from rlqwop.files import atomic_path
from rlqwop.game import spec
from rlqwop.play import WINDOW, Episode, Overlay, Pacer, describe_end, hold, open_screen

GIF_EVERY = 3  # a GIF frame every 3 updates: 10 per second, which GIF's 1/100 s delays hold exactly
HOLD_S = 1.0  # a video's last picture stays this long


def _lines(game) -> list[str]:
    return [f"time  {game.race_time_s:.1f} s"]


def _corner(runner: Runner) -> str:
    return f"{runner.algo} runner: {runner.path.name}"


def watch(checkpoint: str | os.PathLike | None = None, scale: float = 1.0, *,
          fps: float | None = spec.UPDATES_PER_SECOND, max_updates: int | None = None,
          hold_s: float = 3.0) -> int:
    """Show one run of the runner in a window at ``fps`` updates per second (None: unpaced).

    Esc or closing the window stops. Returns 0; 2 when the checkpoint is refused or no window
    opens.
    """
    try:
        runner = load_runner(checkpoint)
        env = runner.make_env()
    except CheckpointError as e:
        print(f"rlqwop watch: error: {e}", file=sys.stderr)
        return 2
    import pygame

    screen = open_screen(scale, f"rlqwop watch: {runner.path.name}",
                         hint="make a video with 'rlqwop record CHECKPOINT OUT.mp4'")
    if screen is None:
        env.close()
        return 2
    pacer, corner, game, distance, message = Pacer(fps), _corner(runner), None, 0.0, ""
    try:
        run = Episode(runner, env, max_updates)
        for game, keys, distance, message in run:
            if any(e.type == pygame.QUIT or (e.type == pygame.KEYDOWN and e.key == pygame.K_ESCAPE)
                   for e in pygame.event.get()):
                break
            screen.draw(game, distance, keys, _lines(game), corner, message)
            pacer.wait()
        end = run.end
        print(f"{runner.path}: {describe_end(end)}")
        if end is not None and game is not None:
            screen.draw(game, distance, "", _lines(game), corner, message)
            hold(hold_s)
    finally:
        pygame.quit()
        env.close()
    return 0


def parse_size(text: str) -> tuple[int, int]:
    """``"WxH"`` -> (W, H), refusing anything else."""
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise ValueError(f"size must be WIDTHxHEIGHT in pixels, e.g. 640x400, got {text!r}") \
            from None
    if width < 16 or height < 16:
        raise ValueError(f"size must be at least 16x16 pixels, got {text!r}")
    return width, height


def record(checkpoint: str | os.PathLike | None, out: str | os.PathLike,
           size: tuple[int, int] = WINDOW, max_seconds: float | None = None) -> int:
    """Write a video of one run to ``out`` (.mp4: H.264 at 30 frames/s, every update; .gif: 10
    frames/s), through ``rlqwop.files.atomic_path``, so ``out`` is never half a video.

    ``max_seconds`` stops after that much race clock. Returns 0; 2 when refused.
    """
    out = Path(out)
    kind = out.suffix.lower()
    try:
        if kind not in (".mp4", ".gif"):
            raise ValueError(f"{out}: the video must be a .mp4 or .gif file")
        if out.is_dir():
            raise ValueError(f"{out} is a directory; give the video's file name")
        if kind == ".mp4" and (size[0] % 2 or size[1] % 2):
            raise ValueError(f"an mp4 (H.264) needs an even width and height, got "
                             f"{size[0]}x{size[1]}")
        if max_seconds is not None and not 0 < max_seconds < float("inf"):
            raise ValueError(f"max seconds must be a finite number > 0, got {max_seconds}")
        runner = load_runner(checkpoint)
        env = runner.make_env()
    except (CheckpointError, ValueError) as e:
        print(f"rlqwop record: error: {e}", file=sys.stderr)
        return 2
    max_updates = None if max_seconds is None else round(max_seconds * spec.UPDATES_PER_SECOND)
    try:
        with atomic_path(out) as tmp:
            end, frames = _write_video(runner, env, tmp, kind, size, max_updates)
    except KeyboardInterrupt:
        print(f"rlqwop record: interrupted; {out} was not written", file=sys.stderr)
        return 130
    finally:
        env.close()
    print(f"{out}: {frames} frames, {size[0]}x{size[1]}; {describe_end(end)}")
    return 0


def _write_video(runner: Runner, env, path: Path, kind: str, size: tuple[int, int],
                 max_updates: int | None) -> tuple[EpisodeEnd | None, int]:
    import numpy as np
    import pygame

    from rlqwop.game.render import Renderer

    renderer = Renderer(*size)
    frame = np.zeros(renderer.shape, dtype=np.uint8)
    surface = pygame.image.frombuffer(frame, size, "RGB")  # drawing on it draws into the frame
    overlay = Overlay(size)
    # The temporary file's name does not end in the video's extension: formats are given.
    if kind == ".mp4":
        import imageio_ffmpeg

        encoder = imageio_ffmpeg.write_frames(str(path), size, fps=spec.UPDATES_PER_SECOND,
                                              codec="libx264", macro_block_size=1,
                                              output_params=["-f", "mp4"])
        encoder.send(None)
        append, close, every = encoder.send, encoder.close, 1
    else:
        import imageio

        gif = imageio.v3.imopen(path, "w", plugin="pillow", extension=".gif")
        delay_ms = 1000 * GIF_EVERY / spec.UPDATES_PER_SECOND

        def append(image) -> None:  # pillow copies the frame
            gif.write(image, duration=delay_ms, loop=0)

        close, every = gif.close, GIF_EVERY
    corner, written, count = _corner(runner), 0, 0

    def draw(game, distance: float, keys: str, message: str) -> None:
        renderer.render(game, out=frame)
        overlay.draw(surface, renderer.view(game), distance, keys, _lines(game), corner, message)

    try:
        run, game = Episode(runner, env, max_updates), None
        for game, keys, distance, message in run:
            if count % every == 0:
                draw(game, distance, keys, message)
                append(frame)
                written += 1
            count += 1
        end = run.end
        if end is not None and game is not None:  # the final picture, held
            draw(game, distance, "", message)
            for _ in range(round(HOLD_S * spec.UPDATES_PER_SECOND / every)):
                append(frame)
                written += 1
    finally:
        close()
    return end, written
