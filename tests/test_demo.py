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


def test_the_demo_loop_returns_and_imports_at_once(tmp_path, private_home):
    """demo-workspace makes county and field; the field's results go back at once."""
    from greenmine_desktop.services.demo_loop import DEMO_PASSPHRASE

    env = {"GREENMINE_HOME": str(private_home), "PATH": "", "GREENMINE_P12_PASSPHRASE": DEMO_PASSPHRASE}

    def run(*args):
        done = subprocess.run([sys.executable, "-m", "greenmine_desktop", *args], capture_output=True, text=True,
                              env=env, timeout=180)
        assert done.returncode == 0, done.stderr
        return done.stdout

    made = run("demo-workspace", str(tmp_path / "demo")).split()
    assert made == [str(tmp_path / "demo" / "county"), str(tmp_path / "demo" / "field")]
    with Workspace.open(tmp_path / "demo" / "field") as field:
        assert field.kind == "field"
        assert field.conn.execute("SELECT status FROM inspection").fetchall() == [("signed",)]
        assert field.conn.execute("SELECT count(*) FROM photo").fetchone()[0] == 4
    run("package", "export-return", "--workspace", str(tmp_path / "demo" / "field"),
        "--out", str(tmp_path / "back.gmreturn"))
    out = run("package", "import", "--workspace", str(tmp_path / "demo" / "county"), str(tmp_path / "back.gmreturn"))
    assert "已导入" in out
    with Workspace.open(tmp_path / "demo" / "field") as field:
        [[field_uid]] = field.conn.execute("SELECT uid FROM inspection").fetchall()
    with Workspace.open(tmp_path / "demo" / "county") as county:
        assert county.conn.execute("SELECT status FROM inspection WHERE uid = ?", [field_uid]).fetchone() == ("signed",)
    report = next((tmp_path / "demo" / "county" / "reports").glob("检查记录-*.pdf"))
    assert "签名有效" in run("verify", str(report), "--workspace", str(tmp_path / "demo" / "county"))
