import json
import subprocess
import sys

from greenmine_desktop.geo.boundary import check_parts, ellipsoidal_area_km2
from greenmine_desktop.services.demo import generate_register
from greenmine_desktop.store.inspectors import list_inspectors
from greenmine_desktop.store.mines import iter_mines
from greenmine_desktop.store.workspace import Workspace


def test_same_seed_same_register_other_seed_another():
    first, again, other = generate_register(seed=7), generate_register(seed=7), generate_register(seed=8)
    assert first.mines == again.mines and first.inspectors == again.inspectors
    assert first.mines != other.mines


def test_demo_workspaces_from_the_cli_are_identical(tmp_path, private_home):
    dumps = []
    for name in ("a", "b"):
        env = {"GREENMINE_HOME": str(private_home), "PATH": ""}
        made = subprocess.run([sys.executable, "-m", "greenmine_desktop", "demo-workspace", str(tmp_path / name),
                               "--mines", "40", "--seed", "3"], capture_output=True, text=True, env=env, timeout=60)
        assert made.returncode == 0, made.stderr
        listed = subprocess.run([sys.executable, "-m", "greenmine_desktop", "mines", "list", "--json",
                                 "--workspace", str(tmp_path / name / "county")],
                                capture_output=True, text=True, env=env, timeout=60)
        dumps.append(listed.stdout)
    assert dumps[0] == dumps[1] and len(dumps[0].splitlines()) == 40


def test_demo_county_is_realistic(demo_template):
    with Workspace.open(demo_template) as ws:
        mines = list(iter_mines(ws))
        inspectors = list_inspectors(ws)
        assert ws.kind == "county"
    assert len(mines) == 300
    assert len({m.mineral for m in mines}) >= 8
    assert {m.epsg for m in mines} == {4523}  # one GK zone
    assert {m.scale for m in mines} == {"small", "medium", "large"}
    assert len({m.status for m in mines}) == 4
    assert sum(m.green_level != "none" for m in mines) >= 10
    assert any(len(m.parts) > 1 for m in mines)
    assert 0 < sum(m.area_flagged for m in mines) < 30
    for mine in mines:
        assert not check_parts(mine.parts), mine.licence_no
        assert round(ellipsoidal_area_km2(mine.epsg, mine.parts), 4) == mine.area_computed_km2
    assert len(inspectors) == 24 and sum(bool(i.avoidances) for i in inspectors) >= 6
    assert any(not i.active for i in inspectors)
    licences = {m.licence_no for m in mines}
    credit_codes = {m.credit_code for m in mines}
    for inspector in inspectors:
        for avoidance in inspector.avoidances:
            assert avoidance.target in (licences if avoidance.kind == "mine" else credit_codes)
    assert json.dumps([m.licence_no for m in mines])
