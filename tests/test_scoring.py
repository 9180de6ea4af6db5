"""Scoring rules: prerequisites veto, unanswered items block sign-off, group and total
thresholds, threshold rules on numbers. Property tests run over the shipped templates."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from greenmine_desktop.domain.checklist import Item, Kind, Threshold
from greenmine_desktop.domain.scoring import NA, AnswerError, Status, Verdict, item_outcome, score
from greenmine_desktop.services.checklists import find_template, shipped_templates
from tests.conftest import full_marks_answer as best

GREEN = find_template("green-mine-2020")
TEMPLATES = sorted(shipped_templates().values(), key=lambda t: t.id)
# Number thresholds resolved as for a mine with every rate in the table.
RESOLVED = {i.id: i.threshold.resolved(80.0) for t in TEMPLATES for i in t.items
            if i.threshold is not None and i.threshold.table}


def answers_for(item: Item, complete: bool):
    """Any answer the GUI lets an inspector give, or (unless complete) none yet."""
    choices = [] if complete else [st.none()]
    if item.allow_na:
        choices.append(st.just(NA))
    match item.kind:
        case Kind.pass_fail:
            choices.append(st.sampled_from(["pass", "fail"]))
        case Kind.points:
            choices.append(st.integers(0, int(item.points * 2)).map(lambda n: n / 2))
        case Kind.number:
            choices.append(st.floats(0, 200, allow_nan=False))
        case Kind.choice:
            choices.append(st.sampled_from([o.id for o in item.options]))
        case Kind.text:
            choices.append(st.text(min_size=1, max_size=5))
    return st.one_of(choices)


@st.composite
def answered(draw, template, complete=False):
    answers = {}
    for item in template.items:
        value = draw(answers_for(item, complete))
        if value is not None:
            answers[item.id] = value
    return answers


templates = st.sampled_from(TEMPLATES)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_failed_prerequisite_fails_whatever_the_points(data):
    answers = data.draw(answered(GREEN))
    vetoes = [i.id for i in GREEN.items if i.veto]
    failed = data.draw(st.sampled_from(vetoes))
    answers |= {i.id: best(i) for i in GREEN.items if not i.veto} | {failed: "fail"}
    result = score(GREEN, answers, RESOLVED)
    assert result.verdict == Verdict.failed and failed in result.veto_failed
    assert result.earned == result.possible  # full points do not rescue it


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_unanswered_items_block_sign_off_unless_a_prerequisite_failed(data):
    template = data.draw(templates)
    answers = data.draw(answered(template))
    result = score(template, answers, RESOLVED)
    missing = [i.id for i in template.items if i.id not in answers]
    if result.veto_failed:
        assert set(result.unanswered) == {i for i in missing if template.item(i).veto}
    else:
        assert list(result.unanswered) == missing
        assert (result.verdict == Verdict.incomplete) == bool(missing)
    assert result.can_sign == (result.verdict != Verdict.incomplete)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_points_stay_within_bounds_and_groups_add_up(data):
    template = data.draw(templates)
    result = score(template, data.draw(answered(template)), RESOLVED)
    for group in result.groups:
        assert 0 <= group.earned <= group.possible
    assert result.earned == pytest.approx(sum(g.earned for g in result.groups))
    assert result.possible <= (template.scoring.total if template.scoring else 0) + 1e-9 or not template.scoring
    for outcome in result.outcomes:
        assert 0 <= outcome.earned <= outcome.possible or outcome.possible == 0 == outcome.earned


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_better_answer_never_turns_a_pass_into_a_fail(data):
    template = data.draw(templates)
    answers = data.draw(answered(template, complete=True))
    item = data.draw(st.sampled_from([i for i in template.items if i.kind != Kind.text]))
    before = score(template, answers, RESOLVED)
    after = score(template, answers | {item.id: best(item)}, RESOLVED)
    assert after.earned >= before.earned
    assert not (before.verdict == Verdict.passed and after.verdict == Verdict.failed)
    assert item.id not in after.failed


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_a_compliance_checklist_passes_exactly_when_no_item_failed(data):
    template = data.draw(st.sampled_from([t for t in TEMPLATES if t.scoring is None]))
    result = score(template, data.draw(answered(template, complete=True)), RESOLVED)
    assert (result.verdict == Verdict.passed) == (not result.failed)


def full_marks():
    return {i.id: best(i) for i in GREEN.items}


def test_full_marks_pass_and_the_pass_mark_is_800_of_1000():
    answers = full_marks()
    assert score(GREEN, answers, RESOLVED).verdict == Verdict.passed
    # Take 200 points off, every group keeping 75 %: 800 passes, 799.5 does not.
    cut = {"env.signs": 0, "env.tidy": 0, "env.roadside": 10, "dev.monitor": 0, "dev.fund": 0,
           "use.byproducts": 0, "use.topsoil": 0, "save.noise": 0, "tech.innovation": 0, "mgmt.culture": 0}
    answers |= cut
    result = score(GREEN, answers, RESOLVED)
    assert result.earned == 800 and result.verdict == Verdict.passed
    answers["mgmt.training"] = 14.5
    assert score(GREEN, answers, RESOLVED).verdict == Verdict.failed


def test_a_group_below_75_percent_fails_a_high_total():
    answers = full_marks() | {"env.greening": 0, "env.dumps": 0}  # 220 → 150: 68 %
    result = score(GREEN, answers, RESOLVED)
    assert result.earned == 930
    environment = next(g for g in result.groups if g.group_id == "environment")
    assert not environment.meets_minimum and result.verdict == Verdict.failed


def test_not_applicable_items_leave_the_maximum_and_scale_the_pass_mark():
    answers = full_marks() | {"dev.processing": NA, "use.processing_recovery": NA}
    result = score(GREEN, answers, RESOLVED)
    assert result.possible == 950 and result.earned == 950 and result.pass_mark == pytest.approx(760)
    assert result.verdict == Verdict.passed
    with pytest.raises(AnswerError):
        score(GREEN, answers | {"env.zoning": NA}, RESOLVED)


def test_a_number_below_its_threshold_fails_and_becomes_a_finding():
    result = score(GREEN, full_marks() | {"env.greening": 92.5}, RESOLVED)
    assert "env.greening" in result.failed and result.earned == 960


def test_a_rate_without_a_minimum_for_the_mine_is_recorded_not_judged():
    unresolved = {k: v for k, v in RESOLVED.items() if k != "use.comprehensive"}
    result = score(GREEN, full_marks() | {"use.comprehensive": 3.0}, unresolved)
    outcome = next(o for o in result.outcomes if o.item.id == "use.comprehensive")
    assert outcome.status == Status.noted and result.possible == 975 and result.verdict == Verdict.passed


@given(st.floats(-1e6, 1e6, allow_nan=False), st.floats(-1e6, 1e6, allow_nan=False),
       st.floats(-1e6, 1e6, allow_nan=False))
def test_threshold_rules(value, a, b):
    low, high = sorted((a, b))
    assert Threshold(rule="ge", value=a).met_by(value) == (value >= a)
    assert Threshold(rule="le", value=a).met_by(value) == (value <= a)
    assert Threshold(rule="between", low=low, high=high).met_by(value) == (low <= value <= high)
    assert Threshold(rule="between", low=low, high=high).met_by(low)  # both ends included


def test_answers_that_do_not_fit_their_item_are_refused():
    roads = GREEN.item("env.roads")
    with pytest.raises(AnswerError):
        item_outcome(roads, 26)
    with pytest.raises(AnswerError):
        item_outcome(GREEN.item("pre.licences"), 1)
    with pytest.raises(AnswerError):
        item_outcome(GREEN.item("mgmt.safety_std"), "l4")
    assert item_outcome(roads, 12.5).status == Status.failed  # a deduction is a finding
