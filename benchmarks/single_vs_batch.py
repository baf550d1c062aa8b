"""Are N games stepped alone (Game) and together (GameBatch) the same, bit for bit?  python benchmarks/single_vs_batch.py"""
import numpy as np, rlqwop
print(rlqwop.__file__)
from rlqwop import Game
from rlqwop.game import GameBatch
rng = np.random.default_rng(7)
T, N = 300, 20
thigh = rng.integers(0, 3, (T // 4, N)).repeat(4, axis=0)
calf = rng.integers(0, 3, (T // 4, N)).repeat(4, axis=0)
batch = GameBatch(N)
bt = []
for t in range(T):
    batch.step(thigh[t], calf[t]); bt.append(batch.read_bodies().copy())
bt = np.array(bt)
K = ["", "q", "w"]; C = ["", "o", "p"]
same = 0
for g in range(N):
    game = Game(engine="fast")
    tr = []
    for t in range(T):
        game.step(K[thigh[t, g]] + C[calf[t, g]]); tr.append(game.body_states().copy())
    tr = np.array(tr)
    n = min(len(tr), len(bt))
    eq = np.array_equal(tr, bt[:, g])
    same += eq
    if not eq:
        first = np.argmax(np.any(tr != bt[:, g], axis=(1, 2)))
        print(g, "first differing update", first, "max diff", np.abs(tr - bt[:, g]).max())
print(f"{same} of {N} games bit-identical alone and in a batch")
