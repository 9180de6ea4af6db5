import copy
import json

import pytest

from greenmine_desktop.domain.draw import run_draw
from greenmine_desktop.domain.draw_record import DrawContext, make_record, verify_record
from greenmine_desktop.messages import UserError
from tests.test_draw import demo_inputs

CONTEXT = DrawContext("demo", "王建国", ("李海燕", "张三（群众代表）"), "2026-11-23T10:00:00+08:00")


@pytest.fixture(scope="module")
def record() -> dict:
    inputs = demo_inputs()
    return json.loads(json.dumps(make_record(inputs, run_draw(inputs, "3 17 25 31"), CONTEXT)))


def test_a_fresh_record_verifies_after_a_json_round_trip(record):
    assert verify_record(record) == []
    assert record["witnesses"] == ["李海燕", "张三（群众代表）"] and record["algorithm"] == "gm-draw-1"
    assert len(record["result"]) == 60 and all(len(r["team"]) == 2 for r in record["result"])  # ⌈0.2 × 300⌉


def _edits(record: dict):
    """One edit per field of the record, nested ones included."""
    for key in record:
        if key in ("format", "inputs", "result"):
            continue
        yield key, lambda r, k=key: r.__setitem__(k, "edited" if not isinstance(r[k], list) else r[k] + ["x"])
    yield "inputs.candidates.always", lambda r: r["inputs"]["candidates"][0].__setitem__("always", True)
    yield "inputs.inspectors.avoid", lambda r: r["inputs"]["inspectors"][0]["avoid_mines"].append("C1")
    yield "inputs.rule.ratio", lambda r: r["inputs"]["rule"].__setitem__("ratio", 0.25)
    yield "result.team", lambda r: r["result"][0]["team"].reverse()
    yield "result.mine", lambda r: r["result"].pop()


def test_any_edited_field_is_detected(record):
    for name, edit in _edits(record):
        edited = copy.deepcopy(record)
        edit(edited)
        assert verify_record(edited), f"an edit of {name} went unnoticed"


def test_edited_result_rehashed_still_fails_the_rerun(record):
    """Even with the record hash recomputed, a changed result does not re-run."""
    from greenmine_desktop.domain.draw_record import _sha256

    edited = copy.deepcopy(record)
    edited["result"][0]["team"] = list(reversed(edited["result"][0]["team"]))
    edited["record_sha256"] = _sha256({k: v for k, v in edited.items() if k != "record_sha256"})
    assert [p.code for p in verify_record(edited)] == ["draw_result_differs"]
    assert verify_record(edited)[0].params["licence"] == record["result"][0]["licence_no"]


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
    assert ok.returncode == 0 and "intact" in ok.stdout and "60 mines" in ok.stdout
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
