"""The sections of the environments' docstrings that all three share, written once.

Each environment class's docstring is its whole contract (Gymnasium's Box2D style); the parts that
are the same for qwop-v0, frame-qwop-v0 and multi-frame-qwop-v0 are assembled from here.
"""

DESCRIPTION = """\
    ## Description
    Bennett Foddy's QWOP: sprint 100 m by driving a ragdoll runner's thighs (Q, W) and calves
    (O, P). A headless, deterministic re-creation of the HTML5 game (``rlqwop.game``) whose
    physics reproduces the real game's own Box2D port bit for bit: one game update is 0.04 s of
    physics and 1/30 s on the race clock, and race times are always quoted on the race clock.
    Units are Box2D units (10 per metre), y points down.
"""

ACTIONS = """\
    ## Action Space
    ``Discrete(9)`` by default, index = 3 * thigh + calf, one per distinct key combination
    (Q beats W and O beats P, so the other 7 of the 16 combinations are duplicates):

    | index | 0 | 1 | 2 | 3 | 4   | 5   | 6 | 7   | 8   |
    |-------|---|---|---|---|-----|-----|---|-----|-----|
    | keys  | - | O | P | Q | Q+O | Q+P | W | W+O | W+P |

    With ``action_type="multi_binary"``: ``MultiBinary(4)``, whether q, w, o, p are held (in
    that order); the game's priorities apply. Each agent step holds the keys for
    ``action_repeat`` game updates (default 4). An action outside the space raises ValueError.
"""

REWARDS = """\
    ## Rewards
    Per agent step: the torso's forward progress in metres (``progress_weight`` x delta x / 10),
    minus ``fall_penalty`` (default 2) once when the run fails, plus ``finish_bonus``
    (default 10) once when the game registers the finish. Optional terms, all off by default and
    weighted by the race-clock seconds the step took: ``time_cost`` per second; ``posture_weight``
    x upright (-sin of the torso angle: 1 upright, 0 lying); ``knee_penalty`` per knee touching
    the track (from the thigh and calf box corners around each knee). The registered reward
    threshold, 100, is about what a finish earns with the default terms (the shipped runner's
    finishing run returns 112.7); a run can also pass it without a registered finish (running
    on past 100 m, or falling beyond 102 m), so ``info["is_success"]`` is the finish's test.
"""

START = """\
    ## Starting State
    ``reset(seed=...)`` restores the game's exact start: ``start="fresh"`` (default) is the real
    game after a page load and the first click, ``start="reset"`` the start after pressing R.
    With ``start_noise`` sigma > 0 (a constructor default, or ``reset(options={"start_noise":
    sigma})`` for one episode), every body's start vx, vy (units/s) and omega (rad/s) get
    independent N(0, sigma^2) perturbations drawn from the environment's seeded generator.
"""

TERMINATION = """\
    ## Episode Termination
    Terminated when the runner falls (head or an arm touches the track), when the game registers
    the finish (a left-foot touchdown past 100 m after one past 98.9 m, spec 8.3-8.4; a fall
    after that also counts), when the torso is more than 10 m behind the start (x < -100 units),
    or when the torso runs off the floor's far end at 110.4 m without a finish
    (``info["overran"]``: the shipped game only sees a left-foot touchdown, so a runner who never
    made one past 100 m can never finish; ``finish_either_foot=True`` counts the right foot too).
    Truncated at the end of the first agent step whose race clock has reached ``time_limit_s``
    (default 120 s = 3600 updates; a step runs all its ``action_repeat`` updates, so the clock
    can pass the limit by up to ``action_repeat`` - 1 updates), and
    when the physics produces a non-finite number (``info["nonfinite"] = True``; the
    observation stays finite).

    ``info`` always has ``distance_m`` (the game's score, rounded to 0.1 m), ``race_time_s``,
    ``fallen`` and ``finished``; at the episode's end also ``is_success`` (the game's finish;
    not when only a ``TimeLimit`` wrapper or ``max_episode_steps`` ends it).
"""

ARGUMENTS = """\
    ## Arguments
    All keyword-only; ``gymnasium.make("qwop-v0", **kwargs)`` passes them on.

    * ``render_mode``: None or ``"rgb_array"`` (a 640 x 400 picture from ``render()``).
    * ``action_type``: ``"discrete"`` (default) or ``"multi_binary"``.
    * ``action_repeat``: game updates per agent step, default 4 (7.5 decisions per race second;
      2-4 is what QWOP learners found to help exploration). The race clock counts updates.
    * ``start``: ``"fresh"`` (default) or ``"reset"``.  ``start_noise``: default 0.0.
    * ``time_limit_s``: race-clock seconds before truncation, default 120.
    * ``finish_either_foot``: default False (the shipped game only sees the left foot finish).
    * ``engine``: the physics engine, ``"fast"`` (default: the real game's physics, bit for bit,
      batched in one compiled call per update for the vector env), ``"fast-approx"`` (the same
      with the engine's own sin and cos: its compiled step about 1.2-1.3x faster, the env
      little or nothing (BENCHMARKS.md); within
      0.01 units of the real game on every recording but not
      bit for bit) or ``"box2d"`` (pybox2d 2.3, the first
      re-creation; its torso drifts 0.1 units from the real game's within 15-40 updates,
      docs/PARITY.md).
    * ``progress_weight`` 1.0, ``fall_penalty`` 2.0, ``finish_bonus`` 10.0, ``time_cost`` 0.0,
      ``posture_weight`` 0.0, ``knee_penalty`` 0.0: the reward's terms above.
"""

VECTOR = """\
    ``gymnasium.make_vec(id, num_envs=N)`` builds ``rlqwop.envs.vector`` 's batched environment
    (N games stepped in one process by one ``rlqwop.game.GameBatch``: one engine call per
    update for all of them, next-step autoreset); ``vectorization_mode="sync"`` or
    ``"async"`` builds Gymnasium's wrappers around this class instead.
"""

HISTORY = """\
    ## Version History
    - v0: the first version; the default engine became ``"fast"`` (the real game's physics)
      after the pybox2d re-creation, which ``engine="box2d"`` still selects; ``"fast-approx"``
      added later (the same observations, rules and rewards). The id was kept, but the physics
      changed with the default: results recorded with the old default (before 2026-11-26) ran
      on pybox2d and compare only with ``engine="box2d"``.

    ## Credits
    QWOP is Bennett Foddy's game (2008); the runner, world and rules follow the HTML5 version as
    measured in the project's physics spec. The environment contract follows Gymnasium's Box2D
    environments.
"""


def compose(*sections: str) -> str:
    """A docstring made of sections, each already indented for a class body."""
    return "\n" + "\n".join(sections)
