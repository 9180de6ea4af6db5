"""``greenmine selftest``: prove a build works, offscreen, without touching the user's files.

It exercises what a bundle can get wrong: the shipped folders (migrations, checklists,
translations), Qt's plugins (the offscreen platform, image formats, print support), and
every library with data files or native parts, through the demo's whole loop: the county
CA and certificates (cryptography), an assignment and a return package (pyHanko's CMS),
photos with EXIF (Pillow, exifread, imagehash) checked against the boundary (pyproj,
shapely), the report with a Chinese font (reportlab) and its PAdES signature, printing it
(PDFium), a deadline across the National Day holiday (the schedule seeded from chinese-calendar),
and the open-data exports (GDAL through pyogrio, jsonschema) with the field laptop's offline basemap.
A county PC's server connection needs no server to be checked: psycopg with its own libpq
(the binary wheel's) and the keyring library with its backends (issue 22).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from datetime import date
from pathlib import Path

Checks = dict[str, bool]


def run_selftest() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="greenmine-selftest-") as tmp:
        os.environ["GREENMINE_HOME"] = tmp  # settings and logs stay in the temp folder
        from greenmine_desktop.gui.app import application

        app = application()
        checks: Checks = {}
        for part in (_register_window, _whole_loop, _working_days, _server_driver):
            try:
                checks.update(part(app, Path(tmp)))
            except Exception:  # noqa: BLE001 - a builder needs the whole story, and the log goes with tmp
                traceback.print_exc()
                checks[part.__name__.strip("_").replace("_", " ")] = False
    for name, ok in checks.items():
        print(f"{'ok  ' if ok else 'FAIL'} {name}")
    failed = [name for name, ok in checks.items() if not ok]
    if failed:
        print("selftest failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    print(f"selftest ok ({time.perf_counter() - started:.1f} s)")
    return 0


def _register_window(app, tmp: Path) -> Checks:
    """The main window on a demo register, in Chinese, then in English."""
    from greenmine_desktop.gui.i18n import install_language
    from greenmine_desktop.gui.main_window import MainWindow
    from greenmine_desktop.gui.settings import Settings
    from greenmine_desktop.services.demo import create_demo_county
    from greenmine_desktop.store.workspace import Workspace

    install_language("zh_CN")
    folder = create_demo_county(tmp / "register", mines=60)
    with Workspace.open(folder) as ws:
        window = MainWindow(ws, Settings(tmp / "settings.ini"), "zh_CN")
        window.show()
        app.processEvents()
        page = window.mine_page
        total = page.model.rowCount()
        first_name = page.model.index(0, 1).data()
        page.filter_edit.setText(first_name)
        app.processEvents()
        filtered = page.model.rowCount()
        page.table.selectRow(0)
        app.processEvents()
        checks = {
            "register loaded": total == 60,
            "filter narrows the list": 1 <= filtered < total,
            "detail shows the mine": first_name in page.title_label.text(),
            "interface is Chinese": window.tabs.tabText(0) == "矿山名录",
            "icon loaded": not window.windowIcon().isNull(),
        }
        window.close()
        install_language("en")
        english = MainWindow(ws, Settings(tmp / "settings.ini"), "en")
        checks["interface is English on request"] = english.tabs.tabText(0) == "Mine register"
        english.close()
        install_language("zh_CN")
        app.processEvents()
    return checks


def _whole_loop(app, tmp: Path) -> Checks:
    """Demo county and field laptop, the return package back into the county, its signed
    report verified and printed."""
    from PySide6.QtPrintSupport import QPrinter

    from greenmine_desktop.gui.print_preview import paint_pdf
    from greenmine_desktop.services.demo_loop import DEMO_PASSPHRASE, create_demo_loop
    from greenmine_desktop.services.inspection_list import latest_inspection_id
    from greenmine_desktop.services.inspections import InspectionSession
    from greenmine_desktop.services.keys import root_certificate
    from greenmine_desktop.services.pdf_signing import pdf_problems
    from greenmine_desktop.services.returns import export_return, import_returns
    from greenmine_desktop.store.workspace import Workspace

    county_folder, field_folder = create_demo_loop(tmp / "loop")
    if field_folder is None:
        return {"demo field laptop made": False}
    with Workspace.open(field_folder) as field:
        package = export_return(field, tmp / "team-1.gmreturn", DEMO_PASSPHRASE)
    with Workspace.open(county_folder) as county:
        [result] = import_returns(county, [package])
        inspection_id = latest_inspection_id(county)
        photos = InspectionSession(county, inspection_id).checked_photos()
        report = next(iter(sorted((county.folder / "reports").glob("检查记录-*.pdf"))), None)
        signatures, problems = pdf_problems(report, root_certificate(county)) if report else ([], [])
        charts = _dashboard(app, county, tmp)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp / "printed.pdf"))
    pages = paint_pdf(report, printer) if report else 0
    return {
        **_open_data(county_folder, field_folder, tmp),
        "return package imported": result.result == "imported",
        "photos read and inside the boundary": bool(photos) and all(
            p.boundary is not None and p.boundary.status == "inside" for p in photos),
        "report signed and trusted": bool(signatures) and all(s.ok for s in signatures) and not problems,
        "report printed": pages >= 2 and (tmp / "printed.pdf").stat().st_size > 10_000,
        "dashboard counts the year and exports a chart (QtCharts)": charts,
    }


def _open_data(county_folder: Path, field_folder: Path, tmp: Path) -> Checks:
    """GDAL (pyogrio) writes and reads a GeoPackage, the exchange JSON meets its shipped
    schema (jsonschema), and the laptop holds the basemap its package carried (MBTiles)."""
    from greenmine_desktop.services.basemap import basemaps
    from greenmine_desktop.services.mine_export import export
    from greenmine_desktop.services.mine_import import preview_import
    from greenmine_desktop.services.register_sources import SourceOptions
    from greenmine_desktop.store.workspace import Workspace

    with Workspace.open(county_folder) as county:
        written = export(county, "gpkg", tmp / "mines.gpkg")
        exchange = export(county, "json", tmp / "year.json", 2026)
    with Workspace.create(tmp / "empty", "county") as empty:
        again = preview_import(empty, tmp / "mines.gpkg", options=SourceOptions(layer=written["layers"][-1]))
    return {"GeoPackage written and read again (GDAL)": len(again.accepted) == written["mines"] > 0,
            "exchange JSON meets its schema": exchange["checks"] > 0,
            "field laptop holds its basemap": bool(basemaps(field_folder))}


def _dashboard(app, county, tmp: Path) -> bool:
    """The county's statistics tab on the demo year plus the imported check."""
    from greenmine_desktop.gui.dashboard_page import DashboardPage
    from greenmine_desktop.gui.jobs import wait_for_jobs

    page = DashboardPage(county, "zh_CN", "selftest")
    page.year.setCurrentIndex(page.year.findData(2026))
    page.resize(1200, 800)
    page.show()
    wait_for_jobs()
    app.processEvents()
    png = page.checks_chart.export_png(tmp / "checks.png")
    board = page.board
    page.close()
    return board is not None and board.checked >= 23 and png.stat().st_size > 5_000


def _working_days(app, tmp: Path) -> Checks:
    """The schedule seeded from chinese-calendar; a year it does not know gives a provisional
    deadline, not an error."""
    from greenmine_desktop.services.working_days import deadline_by_schedule
    from greenmine_desktop.store.workspace import Workspace

    with Workspace.create(tmp / "calendar", "county") as ws:
        # 1–7 October 2026 are days off; Saturday 10 October is an adjusted working day.
        national_day = deadline_by_schedule(ws, date(2026, 9, 30), 3, True)
        unknown = deadline_by_schedule(ws, date(2099, 12, 30), 3, True)
    return {"working days across the National Day": (national_day.day, national_day.provisional)
            == (date(2026, 10, 10), False),
            "a year without a schedule is provisional": (unknown.day, unknown.provisional) == (date(2100, 1, 4), True)}


def _server_driver(app, tmp: Path) -> Checks:
    """psycopg finds a compiled libpq (its binary wheel's, or the C one): the pure-Python
    fallback would need a libpq on the county PC, which Windows does not have; and the
    keyring library finds its backends (their entry points, the platform's own backend
    on Windows, where Credential Manager is always there)."""
    from importlib.metadata import entry_points

    import keyring
    import psycopg
    from keyring.backends import fail

    backends = [point.load() for point in entry_points(group="keyring.backends")]
    checks = {f"PostgreSQL driver ({psycopg.pq.__impl__} libpq {psycopg.pq.version()})":
              psycopg.pq.__impl__ in ("binary", "c") and psycopg.pq.version() > 0,
              "system keyring backends": len(backends) > 0}
    if sys.platform == "win32":
        checks["Windows Credential Manager"] = not isinstance(keyring.get_keyring(), fail.Keyring)
    return checks
