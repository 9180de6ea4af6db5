"""The faster draw (issue 23) gives the bytes and teams the first gm-draw-1 code gave.

The inputs hash is published in every draw record and re-computed by anyone who checks
one, so ``DrawInputs.digest`` must hash exactly ``canonical_json(public_data())``; and the
same seed must give the same teams as the first implementation (tests/draw_reference.py).
"""

import hashlib
import json
import random
from dataclasses import replace

import pytest

from greenmine_desktop.domain import draw
from greenmine_desktop.domain.draw import (
    Candidate,
    DrawInputs,
    HashStream,
    PoolInspector,
    SampleRule,
    canonical_json,
    draw_mines,
    run_draw,
)
from greenmine_desktop.messages import UserError
from tests import draw_reference
from tests.benchmarks.test_draw_speed import big_inputs
from tests.test_draw import demo_inputs


def first_digest(inputs: DrawInputs) -> str:
    """The inputs hash as gm-draw-1 first computed it."""
    return hashlib.sha256(canonical_json(inputs.public_data())).hexdigest()


def test_the_demo_digest_is_the_one_the_first_code_computed():
    inputs = demo_inputs()
    # Computed by the code of commit 1638278, before the faster writer.
    assert inputs.digest() == "35cc09b4327c374755245b4216071410788077d342a4e1a67d754a65be6a16d1"
    assert inputs.digest() == first_digest(inputs)


def test_a_random_50k_digest_is_the_same_bytes():
    inputs = big_inputs()
    assert inputs.digest() == first_digest(inputs)
    assert inputs.digest() == "85e2dcc350a0" + inputs.digest()[12:]  # the benchmark's inputs, as first computed


AWKWARD_TEXTS = ['"', "\\", '\\"', "\n\r\t\b\f", "\x00\x01\x1f\x7f", "\u2028\u2029", "😀𠀀", "青岚县", "", " a ",
                 '","', "</script>"]


def test_texts_json_escapes_are_written_as_json_writes_them():
    rng = random.Random(3)
    candidates = [Candidate("".join(rng.choices(AWKWARD_TEXTS, k=3)), rng.choice(AWKWARD_TEXTS),
                            rng.choice(AWKWARD_TEXTS), rng.random() < 0.5) for _ in range(500)]
    inputs = DrawInputs(tuple(candidates), (PoolInspector('B"1'), PoolInspector("B\\2")),
                        SampleRule(ratio=1e-05, team_size=2))
    assert inputs.digest() == first_digest(inputs)


@pytest.mark.parametrize("odd", [
    {"always": 1}, {"always": 0}, {"always": None}, {"always": "yes"}, {"credit_code": None}, {"stratum": 3},
    {"credit_code": 7.5},
])
def test_a_hand_edited_record_with_odd_values_hashes_as_before(odd):
    """Records are read back with Candidate(**c): whatever JSON value a field holds must
    be hashed as json.dumps writes it (1 is not true)."""
    base = [Candidate(f"C{i:03d}", f"91{i:04d}", "t", False) for i in range(20)]
    base[7] = replace(base[7], **odd)
    inputs = DrawInputs(tuple(base), (PoolInspector("B1"), PoolInspector("B2")), SampleRule(count=3, team_size=2))
    assert inputs.digest() == first_digest(inputs)


@pytest.mark.parametrize("ratio", [0.2, 0.05, 1e-05, 1 / 3, 1.0])
def test_rule_floats_are_written_by_json_itself(ratio):
    inputs = replace(demo_inputs(), rule=SampleRule(ratio=ratio, per_stratum=True, team_size=3, max_load=30))
    assert inputs.digest() == first_digest(inputs)


def random_inputs(rng: random.Random) -> DrawInputs:
    """Small pools, many avoidances and tight load limits: every branch of the seat rule."""
    mines = [Candidate(f"C{rng.randrange(10**6):06d}", f"91{rng.randrange(40):04d}", f"t{rng.randrange(4)}",
                       rng.random() < 0.1) for _ in range(rng.randint(1, 120))]
    people = [PoolInspector(f"B{k:03d}",
                            frozenset(rng.choice(mines).licence_no for _ in range(rng.randint(0, 6))),
                            frozenset(rng.choice(mines).credit_code for _ in range(rng.randint(0, 3))))
              for k in rng.sample(range(999), rng.randint(2, 14))]
    rule = SampleRule(ratio=rng.choice([0.1, 0.3, 1.0]), per_stratum=rng.random() < 0.5,
                      team_size=rng.randint(2, 4), max_load=rng.randint(1, 12))
    return DrawInputs(tuple(mines), tuple(people), rule)


def outcome(assign, inputs: DrawInputs, seed: str):
    stream = HashStream(seed, inputs.digest())
    try:
        return [(a.licence_no, a.team) for a in assign(inputs, draw_mines(inputs, stream), stream)]
    except UserError as err:
        return err.code, str(err)


def test_teams_are_the_first_codes_teams_on_random_inputs():
    rng = random.Random(23)
    refused = 0
    for case in range(400):
        inputs = random_inputs(rng)
        seed = f"{case} {rng.random()}"
        expected = outcome(draw_reference.assign_teams, inputs, seed)
        assert outcome(draw.assign_teams, inputs, seed) == expected, case
        refused += isinstance(expected, tuple)
    assert 20 < refused < 380  # both ways of ending are exercised


def test_teams_are_the_first_codes_teams_at_50k():
    inputs = big_inputs()
    seed = "07 12 19 23 28 31"
    assert outcome(draw.assign_teams, inputs, seed) == outcome(draw_reference.assign_teams, inputs, seed)
    assert run_draw(inputs, seed).inputs_digest == first_digest(inputs)


def test_the_50k_draw_picks_the_mines_and_teams_it_always_picked():
    """A published record is re-run by anyone, with any later version: the stream's use
    (the rejection rule of ``below``, the sample's swaps, the seat rule) never changes. The
    fingerprint of the 10,008 assignments was taken from the code that drew the first records."""
    result = run_draw(big_inputs(), "07 12 19 23 28 31")
    drawn = json.dumps([[a.licence_no, list(a.team)] for a in result.assignments]).encode()
    assert hashlib.sha256(drawn).hexdigest() == "28e8f214dec22b2b9397931b1eaeb1d8ac4653ca62ad7a595220c34684ffff7c"
