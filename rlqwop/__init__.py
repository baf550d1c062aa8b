"""rlqwop: QWOP re-created as a fast, faithful, headless simulation with Gymnasium environments."""

from rlqwop.game import Game
import rlqwop.envs  # noqa: F401,E402 (registers the Gymnasium ids)

__all__ = ["Game"]
__version__ = "0.1.0"
