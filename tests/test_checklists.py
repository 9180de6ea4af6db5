"""Checklist templates: the shipped ones load and have the structure the standards give;
a bad file is refused naming the file, the item and the problem."""

import json

import pytest

from greenmine_desktop.domain.checklist import Kind
from greenmine_desktop.messages import UserError
from greenmine_desktop.services.checklists import (
    find_template,
    load_template,
    rate_for,
    shipped_templates,
    template_folder,
    thresholds_for,
)
from greenmine_desktop.services.demo import generate_register


def test_three_templates_ship():
    assert set(shipped_templates()) == {"green-mine-2020", "disclosure-verification", "restoration-plan"}
    for template in shipped_templates().values():
        assert template.source and template.provisional and template.provisional_note


def test_green_mine_template_follows_the_2020_structure():
    template = find_template("green-mine-2020")
    vetoes = [i for i in template.items if i.veto]
    scored = [g for g in template.groups if g.points is not None]
    assert len(vetoes) == 5 and all(i.kind == Kind.pass_fail for i in vetoes)
    assert len(scored) == 6 and sum(g.points for g in scored) == 1000
    assert (template.scoring.pass_total, template.scoring.group_min_ratio) == (800, 0.75)
    assert [g.points for g in scored[:2]] == [220, 220]  # the two confirmed group totals


def test_every_shipped_item_can_fail_into_a_finding_with_a_requirement():
    for template in shipped_templates().values():
        for item in template.items:
            if item.kind != Kind.text:
                assert item.requirement, f"{template.id}/{item.id} has no suggested requirement"


def test_find_template_by_key_and_version():
    template = find_template("restoration-plan")
    assert find_template(template.key) is template
    with pytest.raises(UserError) as err:
        find_template("restoration-plan@0.1")
    assert err.value.code == "template_missing"


def _bad(tmp_path, edit):
    data = json.loads((template_folder() / "green-mine-2020.json").read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserError) as err:
        load_template(path)
    return err.value.message("en")


def _item(data, item_id):
    return next(i for g in data["groups"] for i in g["items"] if i["id"] == item_id)


@pytest.mark.parametrize(("edit", "where", "problem"), [
    (lambda d: _item(d, "env.roads").update(points=30), "environment", "add up to 225"),
    (lambda d: _item(d, "env.roads").update(points="lots"), "env.roads", "points"),
    (lambda d: _item(d, "env.roads").update(kind="maybe"), "env.roads", "kind"),
    (lambda d: _item(d, "env.greening").pop("unit"), "env.greening", "unit and a threshold"),
    (lambda d: _item(d, "env.greening").update(threshold={"rule": "between", "low": 5}), "env.greening", "low ≤ high"),
    (lambda d: _item(d, "pre.licences").update(points=5), "pre.licences", "carries no points"),
    (lambda d: _item(d, "env.tidy").update(id="env.roads"), "template", "env.roads is used twice"),
    (lambda d: _item(d, "mgmt.safety_std").update(options=[{"id": "x", "label": "x", "passes": True}]),
     "mgmt.safety_std", "at least two options"),
    (lambda d: _item(d, "env.tidy").pop("kind"), "env.tidy", "kind"),
    (lambda d: d["scoring"].update(pass_total=1200), "template", "pass mark is above"),
    (lambda d: _item(d, "use.mining_recovery")["threshold"].update(table="rates_2030"), "use.mining_recovery",
     "unknown table"),
])
def test_a_bad_template_names_file_item_and_problem(tmp_path, edit, where, problem):
    message = _bad(tmp_path, edit)
    assert "edited.json" in message and f"({where})" in message and problem in message


def test_broken_json_names_the_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"id": "x",\n  "title": }', encoding="utf-8")
    with pytest.raises(UserError) as err:
        load_template(path)
    assert "broken.json" in err.value.message("en") and "line 2" in err.value.message("en")


def test_three_rates_resolve_per_mineral_and_method():
    assert rate_for("高岭土", "underground").values["mining_recovery"] == 75
    assert rate_for("高岭土", "open_pit").values["mining_recovery"] == 85
    assert rate_for("稀土", "open_pit") is None
    template = find_template("green-mine-2020")
    mines = {m.mineral: m for m in generate_register(mines=120, seed=7).mines}
    gold = thresholds_for(template, mines["金矿"])
    assert gold["use.mining_recovery"].value == rate_for("金矿", mines["金矿"].mining_method).values["mining_recovery"]
    assert "use.comprehensive" not in gold  # no national minimum in the table: recorded, not judged
