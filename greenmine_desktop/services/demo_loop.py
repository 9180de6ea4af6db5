"""The demo's whole loop: ``DIR/county`` with its CA, the year so far (see demo_year) and
the November draw, and ``DIR/field``, the first team's laptop opened from a real
assignment package, holding one finished, signed inspection with photos and a signed
report. Exporting the return package from the field
workspace and importing it into the county works at once.

Both demo passphrases (the county root key and the inspector's certificate file) are
:data:`DEMO_PASSPHRASE`; they are demo data, like everything else here.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from greenmine_desktop.domain.inspection import Header
from greenmine_desktop.domain.scoring import full_marks
from greenmine_desktop.geo.boundary import to_lonlat
from greenmine_desktop.services import keys
from greenmine_desktop.services.assignments import create_field_workspace, export_assignment, open_assignment
from greenmine_desktop.services.demo import CLERK, DEFAULT_MINES, DEFAULT_SEED, DEMO_PLAN, create_demo_county
from greenmine_desktop.services.demo_basemap import render_demo_basemap
from greenmine_desktop.services.demo_photos import exif_for, picture
from greenmine_desktop.services.demo_year import create_demo_year, signature_png, team_members
from greenmine_desktop.services.draw_plans import run_plan
from greenmine_desktop.services.inspections import start_inspection
from greenmine_desktop.services.pdf_signing import sign_document
from greenmine_desktop.services.report_export import export_report
from greenmine_desktop.store.inspections import latest_assignments
from greenmine_desktop.store.mines import iter_mines, mine_by_licence
from greenmine_desktop.store.workspace import Workspace

DEMO_PASSPHRASE = "greenmine-demo"
DEMO_SEED = "07 12 19 23 28 31"
DEMO_DRAWN_AT = datetime(2026, 11, 20, 9, 0).astimezone()


def _photos(field: Workspace, licence: str, folder: Path) -> list[Path]:
    """Four phone photos taken inside the mine's boundary on the morning of the check."""
    mine = mine_by_licence(field, licence)
    assert mine is not None
    corners = mine.parts[0].corners
    north = sum(c.x for c in corners) / len(corners)
    east = sum(c.y for c in corners) / len(corners)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(4):
        lons, lats = to_lonlat(mine.epsg, [east + 40 * (n - 1.5)], [north + 30 * ((-1) ** n)])
        path = folder / f"IMG_2026112310{n:02d}.jpg"
        picture(900 + n, (1600, 1200)).save(path, "JPEG", quality=85, exif=exif_for(
            lat=lats[0], lon=lons[0], alt=1510.0 + n, taken=datetime(2026, 11, 23, 10, 5 + 7 * n)))
        paths.append(path)
    return paths


def _inspect(field: Workspace, photo_folder: Path, writer: str) -> None:
    """The check, entered and signed off by ``writer``, the inspector whose certificate the laptop holds."""
    assignment = latest_assignments(field)[0]
    members = team_members(field, assignment.team)
    session = start_inspection(field, Header(assignment.licence_no, "green-mine-2020@2020.1-provisional",
                                             "2026-11-23T09:40", members, "赵建军", "矿长", "采场及破碎车间"), writer)
    for item in session.template.items:
        session.set_answer(item.id, full_marks(item), writer)
    session.set_answer("env.enclosed", 18, writer)
    session.set_note("env.enclosed", "破碎车间西侧未封闭，物料露天堆放", writer)
    session.set_answer("env.tidy", 12, writer)
    session.set_note("env.tidy", "废旧设备沿进场道路堆放", writer)
    photos = _photos(field, assignment.licence_no, photo_folder)
    session.add_photos(photos[:2], "env.enclosed", writer)
    session.add_photos(photos[2:], "env.tidy", writer)
    for member in members:
        session.sign("inspector", member.name, signature_png(member.name), writer)
    session.sign("representative", "赵建军", signature_png("赵建军"), writer)
    session.sign_off(writer)
    report = export_report(field, session.id, actor=writer)
    sign_document(field, report, field.folder / "keys" / "inspector.p12", DEMO_PASSPHRASE, "现场检查记录", writer)


def create_demo_loop(folder: Path, mines: int = DEFAULT_MINES,
                     seed: int = DEFAULT_SEED) -> tuple[Path, Path | None]:
    """``folder/county`` and ``folder/field`` as described above (no field laptop when a
    small register has no listed mine for the demo plan to draw)."""
    county_folder = create_demo_county(folder, mines, seed)
    scratch = Path(folder) / "demo-files"
    scratch.mkdir(parents=True, exist_ok=True)
    with Workspace.open(county_folder) as county:
        keys.create_county_ca(county, DEMO_PASSPHRASE, CLERK)
        create_demo_year(county)
        record = run_plan(county, DEMO_PLAN.name, DEMO_SEED, CLERK, ("见证人 甲", "见证人 乙"), DEMO_DRAWN_AT)
        if not record.result:
            return county_folder, None
        render_demo_basemap(county.folder, list(iter_mines(county)), [r.licence_no for r in record.result])
        badge = record.result[0].team[0]
        [holder] = team_members(county, [badge])
        p12 = scratch / f"inspector-{badge}.p12"
        keys.issue_inspector(county, badge, DEMO_PASSPHRASE, DEMO_PASSPHRASE, p12, CLERK)
        task = export_assignment(county, record.record_sha256, "1", scratch / "team-1.gmtask", DEMO_PASSPHRASE,
                                 CLERK)
    field = create_field_workspace(Path(folder) / "field", p12, DEMO_PASSPHRASE)
    with field:
        open_assignment(field, task, holder.name)
        _inspect(field, scratch / "camera", holder.name)
    return county_folder, field.folder


def ensure_demo(folder: Path) -> Path:
    """The demo county workspace in ``folder``, with its field laptop, made on first use."""
    target = Path(folder) / "county"
    if not Workspace.is_in(target):
        create_demo_loop(folder)
    return target
