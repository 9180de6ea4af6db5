"""The draw over 50,000 mines and 2,000 inspectors with avoidance lists: target ≤ 1 s (issue: draw)."""

import random

from greenmine_desktop.domain.draw import Candidate, DrawInputs, PoolInspector, SampleRule, run_draw


def big_inputs() -> DrawInputs:
    rng = random.Random(7)
    mines = tuple(Candidate(f"C{i:08d}", f"91{i:016d}", f"town{i % 12}", rng.random() < 0.03)
                  for i in range(50_000))
    people = tuple(
        PoolInspector(f"B{k:05d}",
                      frozenset(rng.choice(mines).licence_no for _ in range(rng.randint(0, 4))),
                      frozenset(rng.choice(mines).credit_code for _ in range(rng.randint(0, 2))))
        for k in range(2_000)
    )
    return DrawInputs(mines, people, SampleRule(ratio=0.2, per_stratum=True, team_size=2, max_load=15))


def test_draw_50k_mines_2k_inspectors(benchmark):
    inputs = big_inputs()
    result = benchmark.pedantic(run_draw, args=(inputs, "07 12 19 23 28 31"), rounds=5, warmup_rounds=1)
    assert len(result.assignments) >= 10_000
    median = benchmark.stats.stats.median
    print(f"\ndraw of {len(result.assignments)} mines from 50,000 with 2,000 inspectors: {median * 1000:.0f} ms")
    assert median <= 1.0
