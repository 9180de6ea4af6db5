import copy
import json
from dataclasses import replace
from pathlib import Path

import pytest

from greenmine_desktop.domain.draw import run_draw
from greenmine_desktop.domain.draw_record import (
    DrawContext,
    DrawRecord,
    _sha256,
    make_record,
    teams_rerun,
    verify_record,
)
from greenmine_desktop.messages import UserError
from tests.test_draw import demo_inputs

CONTEXT = DrawContext("demo", "王建国", ("李海燕", "张三（群众代表）"), "2026-11-23T10:00:00+08:00")
FORMAT_1 = Path(__file__).parent / "data" / "draw_record_format1.json"  # written by the version before issue 20


def salted_inputs():
    return replace(demo_inputs(), salt="c0ffee" * 5)


@pytest.fixture(scope="module")
def record() -> dict:
    inputs = salted_inputs()
    return json.loads(json.dumps(make_record(inputs, run_draw(inputs, "3 17 25 31"), CONTEXT)))


@pytest.fixture(scope="module")
def avoidance() -> dict:
    return json.loads(json.dumps(salted_inputs().avoidance_data()))


def test_a_fresh_record_verifies_after_a_json_round_trip(record, avoidance):
    assert verify_record(record) == []
    assert verify_record(record, avoidance) == []
    assert record["witnesses"] == ["李海燕", "张三（群众代表）"] and record["algorithm"] == "gm-draw-1"
    assert len(record["result"]) == 60 and all(len(r["team"]) == 2 for r in record["result"])  # ⌈0.2 × 300⌉


def _edits(record: dict):
    """One edit per field of the record, nested ones included."""
    for key in record:
        if key in ("format", "inputs", "result"):
            continue
        yield key, lambda r, k=key: r.__setitem__(k, "edited" if not isinstance(r[k], list) else r[k] + ["x"])
    yield "inputs.candidates.always", lambda r: r["inputs"]["candidates"][0].__setitem__("always", True)
    yield "inputs.inspectors.badge", lambda r: r["inputs"]["inspectors"][0].__setitem__("badge_no", "99")
    yield "inputs.avoidance_sha256", lambda r: r["inputs"].__setitem__("avoidance_sha256", "0" * 64)
    yield "inputs.rule.ratio", lambda r: r["inputs"]["rule"].__setitem__("ratio", 0.25)
    yield "result.team", lambda r: r["result"][0]["team"].reverse()
    yield "result.mine", lambda r: r["result"].pop()


def test_any_edited_field_is_detected(record, avoidance):
    for name, edit in _edits(record):
        edited = copy.deepcopy(record)
        edit(edited)
        assert verify_record(edited), f"an edit of {name} went unnoticed"
        assert verify_record(edited, avoidance), f"an edit of {name} went unnoticed with the avoidance lists"


def test_the_record_names_no_avoidance_target_but_commits_to_the_lists(record, avoidance):
    inputs = salted_inputs()
    targets = {t for i in inputs.inspectors for t in i.avoid_mines | i.avoid_companies}
    assert targets, "the demo register should have avoidance lists to hide"
    # the targets are register entries (candidates), but nothing says who avoids them
    assert all(set(person) == {"badge_no"} for person in record["inputs"]["inspectors"])
    assert "avoid_" not in json.dumps(record) and inputs.salt not in json.dumps(record)
    assert record["inputs"]["avoidance_sha256"] == inputs.avoidance_digest()
    edited_lists = copy.deepcopy(avoidance)
    edited_lists["inspectors"][0]["avoid_mines"].append("C1")
    assert [p.code for p in verify_record(record, edited_lists)] == ["draw_avoidance_differs"]
    unsalted = {**avoidance, "salt": ""}  # a guess without the county's salt does not match
    assert [p.code for p in verify_record(record, unsalted)] == ["draw_avoidance_differs"]


def test_a_record_written_before_issue_20_still_verifies_in_full():
    old = json.loads(FORMAT_1.read_text(encoding="utf-8"))
    assert old["format"] == 1 and teams_rerun(old, None)
    assert verify_record(old) == []
    old["result"][0]["team"].reverse()
    old["record_sha256"] = _sha256({k: v for k, v in old.items() if k != "record_sha256"})
    assert [p.code for p in verify_record(old)] == ["draw_result_differs"]


def _rehashed(record: dict, edit) -> dict:
    edited = copy.deepcopy(record)
    edit(edited)
    edited["record_sha256"] = _sha256({k: v for k, v in edited.items() if k != "record_sha256"})
    return edited


def test_edited_result_rehashed_still_fails_the_rerun(record, avoidance):
    """Even with the record hash recomputed, a changed result does not re-run: the mines
    for anyone, the team choice where the avoidance lists are."""
    swapped = _rehashed(record, lambda r: r["result"][0]["team"].reverse())
    assert [p.code for p in verify_record(swapped, avoidance)] == ["draw_result_differs"]
    assert verify_record(swapped, avoidance)[0].params["licence"] == record["result"][0]["licence_no"]
    assert verify_record(swapped) == [] and not teams_rerun(swapped, None)  # what the public copy cannot tell
    other_mine = _rehashed(record, lambda r: r["result"][0].__setitem__("licence_no", "C-OTHER"))
    assert [p.code for p in verify_record(other_mine)] == ["draw_result_differs"]
    doubled = _rehashed(record, lambda r: r["result"][0].__setitem__("team", [r["result"][0]["team"][0]] * 2))
    assert [p.code for p in verify_record(doubled)] == ["draw_team_broken"]
    outsider = _rehashed(record, lambda r: r["result"][1]["team"].__setitem__(0, "not-in-pool"))
    assert [p.code for p in verify_record(outsider)] == ["draw_team_broken"]


def test_damaged_or_foreign_records_are_refused_in_one_sentence(record):
    assert verify_record({**record, "format": 9})[0].code == "draw_record_format"
    damaged = {k: v for k, v in record.items() if k != "inputs"}
    with pytest.raises(UserError) as err:
        verify_record(damaged)
    assert err.value.code == "draw_record_malformed"


def test_cli_verify_says_intact_or_names_the_problem(record, tmp_path, private_home):
    import subprocess
    import sys

    path = tmp_path / "record.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    env = {"GREENMINE_HOME": str(private_home), "GREENMINE_LANG": "en", "PATH": ""}
    command = [sys.executable, "-m", "greenmine_desktop", "draw", "verify", str(path)]
    ok = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert ok.returncode == 0 and "intact" in ok.stdout and "60 mines" in ok.stdout and "county workspace" in ok.stdout
    path.write_text(json.dumps({**record, "seed": "1 2 3"}), encoding="utf-8")
    bad = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 1 and "changed after it was made" in bad.stderr and "another result" in bad.stderr
    path.write_text("{not json", encoding="utf-8")
    assert subprocess.run(command, capture_output=True, text=True, env=env, timeout=60).returncode == 1


def test_an_extra_recorded_mine_is_named_and_junk_is_refused(record):
    extra = copy.deepcopy(record)
    extra["result"].append({"licence_no": "C-EXTRA", "team": []})
    assert verify_record(extra)[-1].params == {"licence": "C-EXTRA"}
    extra["result"][-1] = "junk"
    with pytest.raises(UserError) as err:
        verify_record(extra)
    assert err.value.code == "draw_record_malformed"


def test_a_typed_record_reads_its_json_and_keeps_it_untouched(record, avoidance):
    """Services and the GUI hold a DrawRecord (issue 18); the JSON it came from stays the
    hashed form, so a format-1 file and a fresh record both verify from the typed value."""
    old = json.loads(FORMAT_1.read_text(encoding="utf-8"))
    for data in (old, json.loads(json.dumps(record, ensure_ascii=False))):
        typed = DrawRecord.from_data(data)
        assert typed.record_sha256 == data["record_sha256"] and typed.format == data["format"]
        assert [(r.licence_no, list(r.team)) for r in typed.result] == [(r["licence_no"], r["team"])
                                                                       for r in data["result"]]
        assert typed.data is data and json.dumps(dict(typed.data)) == json.dumps(data)
        assert typed.teams() == list(dict.fromkeys(tuple(r["team"]) for r in data["result"]))
        assert sum(len(typed.mines_of(team)) for team in typed.teams()) == len(typed.result)
    assert verify_record(dict(DrawRecord.from_data(old).data)) == []
    assert verify_record(dict(DrawRecord.from_data(record).data), avoidance) == []
