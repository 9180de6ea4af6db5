"""The ``greenmine`` command: the GUI, and headless commands on the same services.

Exit status: 0 success, 1 input refused (one sentence on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from greenmine_desktop import __version__, clock
from greenmine_desktop.domain import vocab
from greenmine_desktop.messages import UserError, cli_language, text
from greenmine_desktop.paths import log_file

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="greenmine", description="GreenMine Desktop: green-mine spot checks.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the GUI on the demo workspace")
    parser.add_argument("--workspace", type=Path, help="open the GUI on this workspace")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("selftest", help="offscreen smoke test; prints 'selftest ok'")

    demo = commands.add_parser("demo-workspace", help="make a demo county workspace in DIR/county and the first "
                                                     "team's field laptop in DIR/field")
    demo.add_argument("dir", type=Path)
    demo.add_argument("--mines", type=int, default=None)
    demo.add_argument("--seed", type=int, default=None)

    draw = commands.add_parser("draw", help="the double-random draw").add_subparsers(dest="action", required=True)
    run = draw.add_parser("run", help="run a plan's draw and store its record")
    run.add_argument("--workspace", type=Path, required=True, dest="ws")
    run.add_argument("--plan", required=True)
    run.add_argument("--seed", required=True, help="the numbers called out before the witnesses")
    run.add_argument("--operator", default="", help="who runs the draw")
    run.add_argument("--witness", action="append", default=[], help="a witness's name (repeatable)")
    run.add_argument("--out", type=Path, help="also write the record as JSON here")
    run.add_argument("--pdf", type=Path, help="also write the record for publication as PDF here")
    run.add_argument("--replaces", help="SHA-256 of the draw record this redraw replaces")
    run.add_argument("--reason", default="", help="why the earlier draw is replaced")
    export = draw.add_parser("export", help="write a stored draw record again (JSON and/or PDF); never draws again")
    export.add_argument("record", help="the record's SHA-256 (as `draw run` printed it)")
    export.add_argument("--workspace", type=Path, required=True, dest="ws")
    export.add_argument("--out", type=Path, help="write the record as JSON here")
    export.add_argument("--pdf", type=Path, help="write the record for publication as PDF here")
    export.add_argument("--operator", default="", help="who exports it (for the audit log)")
    verify = draw.add_parser("verify", help="re-run a draw record and check it")
    verify.add_argument("record", type=Path)
    verify.add_argument("--workspace", type=Path, dest="ws", help="the county workspace that made the draw: its "
                                                                "confidential avoidance lists re-run the teams too")
    plans = draw.add_parser("plans", help="list the workspace's plans (the names `draw run --plan` takes)")
    plans.add_argument("--workspace", type=Path, required=True, dest="ws")
    plans.add_argument("--json", action="store_true", help="one JSON object a line")

    photos = commands.add_parser("photos", help="photo evidence").add_subparsers(dest="action", required=True)
    inspect = photos.add_parser("inspect", help="read photos' metadata; with --mine, check them against its boundary")
    inspect.add_argument("files", type=Path, nargs="+")
    inspect.add_argument("--json", action="store_true", help="one JSON object a line")
    inspect.add_argument("--mine", help="licence number of the mine to check against")
    inspect.add_argument("--workspace", type=Path, dest="ws", help="the workspace holding that mine")

    keys = commands.add_parser("keys", help="the county's certificates").add_subparsers(dest="action", required=True)
    init = keys.add_parser("init", help="create the county root key and certificate (passphrase asked, or "
                                        "GREENMINE_PASSPHRASE)")
    init.add_argument("--workspace", type=Path, required=True, dest="ws")
    root = keys.add_parser("export-root", help="write the county root certificate as PEM")
    root.add_argument("--workspace", type=Path, required=True, dest="ws")
    root.add_argument("--out", type=Path, required=True)
    give = keys.add_parser("issue", help="issue an inspector's certificate as PKCS#12 (passphrases asked, or "
                                         "GREENMINE_PASSPHRASE and GREENMINE_P12_PASSPHRASE)")
    give.add_argument("--workspace", type=Path, required=True, dest="ws")
    give.add_argument("--badge", required=True)
    give.add_argument("--out", type=Path, required=True)
    withdraw = keys.add_parser("revoke", help="revoke a certificate by its serial number")
    withdraw.add_argument("--workspace", type=Path, required=True, dest="ws")
    withdraw.add_argument("--serial", required=True)
    withdraw.add_argument("--reason", required=True)

    package = commands.add_parser("package", help="assignment and return packages").add_subparsers(
        dest="action", required=True)
    out_task = package.add_parser("export-assignment", help="sign one drawn team's package (root passphrase asked, "
                                                            "or GREENMINE_PASSPHRASE)")
    out_task.add_argument("--workspace", type=Path, required=True, dest="ws")
    out_task.add_argument("--team", required=True, help="team number in the draw (1, 2, …) or its badge numbers")
    out_task.add_argument("--draw", help="record SHA-256 of the draw (default: the newest)")
    out_task.add_argument("--out", type=Path, required=True)
    open_task = package.add_parser("open", help="open an assignment package on a field laptop")
    open_task.add_argument("file", type=Path)
    open_task.add_argument("--workspace", type=Path, required=True, dest="ws")
    open_task.add_argument("--p12", type=Path, help="the inspector's certificate file, to make a new field "
                                                   "workspace (passphrase asked, or GREENMINE_P12_PASSPHRASE)")
    out_return = package.add_parser("export-return", help="sign the field laptop's results (passphrase asked, or "
                                                          "GREENMINE_P12_PASSPHRASE)")
    out_return.add_argument("--workspace", type=Path, required=True, dest="ws")
    out_return.add_argument("--out", type=Path, required=True)
    take = package.add_parser("import", help="import return packages into the county workspace")
    take.add_argument("--workspace", type=Path, required=True, dest="ws")
    take.add_argument("files", type=Path, nargs="+")

    server = commands.add_parser("server", help="a county workspace on the bureau's PostgreSQL server"
                                 ).add_subparsers(dest="action", required=True)
    init_db = server.add_parser("init", help="create the county schema in an empty PostgreSQL database; with "
                                             "--workspace, also a county workspace folder that uses it")
    init_db.add_argument("--database", required=True, help="libpq connection string: service=NAME or "
                                                           "postgresql://user@host/db (password in pgpass)")
    init_db.add_argument("--workspace", type=Path, dest="ws", help="a new folder for the county workspace")
    init_db.add_argument("--county", default="", help="with --workspace: the county's name")
    init_db.add_argument("--bureau", default="", help="with --workspace: the bureau's name")
    init_db.add_argument("--county-code", default="", help="with --workspace: the six-digit area code")
    workspace = commands.add_parser("workspace", help="a workspace as a whole").add_subparsers(
        dest="action", required=True)
    move = workspace.add_parser("move", help="copy a SQLite county workspace's data into an empty PostgreSQL "
                                             "database, check it, and use the server from then on")
    move.add_argument("ws", type=Path, metavar="WORKSPACE")
    move.add_argument("--database", required=True, help="libpq connection string naming no password (service=NAME "
                                                         "or postgresql://user@host/db; password in pgpass)")
    check = commands.add_parser("verify", help="check a workspace (database and audit chain), a signed PDF or a "
                                               "package (.gmtask, .gmreturn)")
    check.add_argument("target", type=Path, help="a workspace folder, a PDF, a .gmtask or a .gmreturn")
    check.add_argument("--workspace", type=Path, dest="ws", help="for a file: the workspace whose root to trust")
    check.add_argument("--root", type=Path, help="for a PDF: the county root certificate (PEM) to trust")
    save = commands.add_parser("backup", help="copy a workspace (database, photos, reports, keys) into an empty "
                                              "folder and check the copy")
    save.add_argument("ws", type=Path, metavar="WORKSPACE")
    save.add_argument("--out", type=Path, required=True, help="an empty or new folder, on another disk")
    back = commands.add_parser("restore", help="restore a backup folder into an empty folder, checked")
    back.add_argument("backup", type=Path, metavar="BACKUP")
    back.add_argument("--to", type=Path, required=True, dest="target", help="an empty or new folder")
    sign = commands.add_parser("sign", help="sign a PDF with an inspector's PKCS#12 (passphrase asked, or "
                                            "GREENMINE_P12_PASSPHRASE)")
    sign.add_argument("pdf", type=Path)
    sign.add_argument("--p12", type=Path, required=True)
    sign.add_argument("--workspace", type=Path, required=True, dest="ws")
    sign.add_argument("--reason", default="现场检查记录")

    legal = commands.add_parser("legal", help="the provincial documents the notices cite").add_subparsers(
        dest="action", required=True)
    show = legal.add_parser("show", help="the province chosen and the clauses its notices quote")
    show.add_argument("--workspace", type=Path, required=True, dest="ws")
    show.add_argument("--json", action="store_true", help="one JSON object")
    choose = legal.add_parser("set-province", help="choose the province (sichuan, guizhou, zhejiang, gansu…)")
    choose.add_argument("province")
    choose.add_argument("--workspace", type=Path, required=True, dest="ws")
    edit = legal.add_parser("edit", help="make the county's own copy of the legal basis and print its path")
    edit.add_argument("--workspace", type=Path, required=True, dest="ws")
    calendar = commands.add_parser("calendar", help="the holiday schedule (days off and adjusted working days)"
                                   ).add_subparsers(dest="action", required=True)
    add_year = calendar.add_parser("add-year", help="enter a year's schedule from the State Council notice; open "
                                                    "provisional deadlines are reckoned again")
    add_year.add_argument("year", type=int)
    add_year.add_argument("file", type=Path, help="CSV, a line a day or a run: 2027-10-01~2027-10-07,休,国庆节")
    add_year.add_argument("--workspace", type=Path, required=True, dest="ws")
    add_year.add_argument("--number", default="", help="the notice's number, e.g. 国办发明电〔2026〕1号")
    add_year.add_argument("--title", default="", help="the notice's title (default: the usual one for the year)")
    add_year.add_argument("--replace", action="store_true", help="replace a year already entered")
    add_year.add_argument("--check", action="store_true", help="only show the calendar read, save nothing")
    show = calendar.add_parser("show", help="show a year's schedule as a calendar")
    show.add_argument("year", type=int)
    show.add_argument("--workspace", type=Path, required=True, dest="ws")
    show.add_argument("--json", action="store_true", help="one JSON object a line")

    for register, noun in (("mines", "mines"), ("inspectors", "inspectors")):
        actions = commands.add_parser(register, help=f"the {noun} register").add_subparsers(
            dest="action", required=True)
        imp = actions.add_parser("import", help=f"import {noun} from CSV or XLSX")
        imp.add_argument("file", type=Path)
        imp.add_argument("--workspace", type=Path, required=True, dest="ws")
        imp.add_argument("--check", action="store_true", help="only report, import nothing")
        lst = actions.add_parser("list", help="list the register")
        lst.add_argument("--workspace", type=Path, required=True, dest="ws")
        lst.add_argument("--json", action="store_true", help="one JSON object a line")
        if register == "mines":
            _mine_file_options(imp, actions)
    return parser


def _mine_file_options(imp: argparse.ArgumentParser, actions) -> None:
    """What a boundary file may not say for itself, and the open-data exports."""
    imp.help = "import mines from CSV, XLSX, shapefile, DXF, GeoJSON or GeoPackage"
    imp.add_argument("--layer", help="the DXF or GeoPackage layer, when the file has several")
    imp.add_argument("--crs", help="coordinate system when the file does not say (EPSG:4513-4554, CGCS2000…)")
    imp.add_argument("--licence", help="DXF: the registered mine whose boundary the drawing holds")
    out = actions.add_parser("export", help="write the register (gpkg, geojson, xlsx) or the exchange JSON")
    out.add_argument("--workspace", type=Path, required=True, dest="ws")
    out.add_argument("--format", required=True, choices=("gpkg", "geojson", "xlsx", "json"), dest="fmt")
    out.add_argument("--out", type=Path, required=True)
    out.add_argument("--year", type=int, help="xlsx: that year's results instead of the register; json: "
                                              "that year's checks, cases and publications")
    out.add_argument("--json", action="store_true", help="print what was written as one JSON object")


def _demo_workspace(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.services import demo
    from greenmine_desktop.services.demo_loop import create_demo_loop

    for name in ("county", "field"):
        if (args.dir / name).exists():
            raise UserError("workspace_exists", path=args.dir / name)
    county, field = create_demo_loop(args.dir, mines=args.mines or demo.DEFAULT_MINES,
                                     seed=args.seed if args.seed is not None else demo.DEFAULT_SEED)
    print(county)
    if field is not None:
        print(field)
    return 0


def _register_import(args: argparse.Namespace, lang: str) -> int:
    """``mines import`` and ``inspectors import``: per-row report, then the valid rows."""
    from greenmine_desktop.store.workspace import Workspace

    if args.command == "mines":
        from greenmine_desktop.services.mine_import import apply_import, preview_import
    else:
        from greenmine_desktop.services.inspector_import import apply_import, preview_import

    with Workspace.open(args.ws) as ws:
        if args.command == "mines":
            from greenmine_desktop.services.register_sources import SourceOptions

            options = SourceOptions(layer=args.layer, crs=args.crs, licence=args.licence)
            preview = preview_import(ws, args.file, options=options)
        else:
            preview = preview_import(ws, args.file)
        for row in preview.rows:
            for problem in row.problems:
                print(f"{args.file.name}:{row.row}: {row.key or '—'}: {problem.message(lang)}", file=sys.stderr)
            for warning in row.warnings:
                print(f"{args.file.name}:{row.row}: {row.key}: {warning.message(lang)}")
        new, updated = (0, 0) if args.check else apply_import(ws, preview)
    refused = len(preview.refused)
    if refused:
        print(text("import_refused_rows", lang, refused=refused, accepted=new + updated + preview.count("unchanged")),
              file=sys.stderr)
        return 1
    unchanged = 0 if args.check else preview.count("unchanged")
    print(text("import_done", lang, accepted=new + updated + unchanged, new=new, updated=updated, unchanged=unchanged))
    return 0


def _mines_export(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.services.mine_export import export
    from greenmine_desktop.store.workspace import Workspace

    with Workspace.open(args.ws) as ws:
        summary = export(ws, args.fmt, args.out, args.year)
    print(json.dumps({"out": str(args.out), **summary}, ensure_ascii=False) if args.json
          else text("export_written", lang, path=args.out))
    return 0


def _register_rows(command: str, ws, lang: str):
    """(JSON record, plain-text columns) for each entry of the mine or the inspector register."""
    if command == "mines":
        from greenmine_desktop.store.mines import iter_mines

        for mine in iter_mines(ws):
            status = vocab.label(vocab.STATUS, mine.status, lang)
            yield mine.to_data(), [mine.licence_no, mine.name, mine.company, mine.mineral, status]
    else:
        from dataclasses import asdict

        from greenmine_desktop.store.inspectors import list_inspectors

        for person in list_inspectors(ws):
            yield asdict(person), [person.badge_no, person.name, person.unit, str(len(person.avoidances))]


def _register_list(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.store.workspace import Workspace

    with Workspace.open(args.ws) as ws:
        for record, columns in _register_rows(args.command, ws, lang):
            print(json.dumps(record, ensure_ascii=False) if args.json else "\t".join(columns))
    return 0


def _draw_export_files(ws, args: argparse.Namespace, record_sha256: str) -> None:
    from greenmine_desktop.services.draw_plans import export_record, export_record_pdf

    if args.out:
        export_record(ws, record_sha256, args.out, args.operator or None)
    if args.pdf:
        export_record_pdf(ws, record_sha256, args.pdf, args.operator or None)


def _draw_run(args: argparse.Namespace, lang: str) -> int:
    """Draw once and store it; the files asked for are checked first (a missing or read-only
    target refuses before anything is drawn), and a file that still fails (a full disk) is
    reported with the stored record and the command that exports it again."""
    from greenmine_desktop.files import WriteFailed, check_writable
    from greenmine_desktop.services.draw_plans import run_plan
    from greenmine_desktop.store.workspace import Workspace

    for target in filter(None, (args.out, args.pdf)):
        check_writable(target)
    with Workspace.open(args.ws) as ws:
        record = run_plan(ws, args.plan, args.seed, args.operator, tuple(args.witness), clock.now(),
                          args.replaces, args.reason)
        try:
            _draw_export_files(ws, args, record.record_sha256)
        except WriteFailed as exc:
            print(text("draw_stored_not_exported", lang, record=record.record_sha256, reason=exc.message(lang)),
                  file=sys.stderr)
            return 1
    for row in record.result:
        print("\t".join([row.licence_no, *row.team]))
    print(f"record {record.record_sha256}")
    return 0


def _draw_export(args: argparse.Namespace, lang: str) -> int:
    """Write a stored record's files again: the separate action after a failed export."""
    from greenmine_desktop.store.workspace import Workspace

    if not (args.out or args.pdf):
        print(text("draw_export_nothing", lang), file=sys.stderr)
        return 2
    with Workspace.open(args.ws) as ws:
        _draw_export_files(ws, args, args.record)
    for target in filter(None, (args.out, args.pdf)):
        print(target)
    return 0


def _draw_plans(args: argparse.Namespace, lang: str) -> int:
    """Each plan: name, spot-check item, sample (count or ratio), team size."""
    from greenmine_desktop.services.draw_plans import load_plan, plan_names
    from greenmine_desktop.store.workspace import Workspace

    with Workspace.open(args.ws) as ws:
        for plan in (load_plan(ws, name) for name in plan_names(ws)):
            rule = plan.rule
            sample = f"{rule.count}" if rule.count is not None else f"{(rule.ratio or 0) * 100:g} %"
            record = {"name": plan.name, "item": plan.item, "count": rule.count, "ratio": rule.ratio,
                      "per_stratum": plan.stratum or None, "team_size": rule.team_size}
            print(json.dumps(record, ensure_ascii=False) if args.json
                  else "\t".join([plan.name, plan.item, sample, str(rule.team_size)]))
    return 0


def _draw_verify(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.domain.draw_record import teams_rerun, verify_record

    try:
        record = json.loads(args.record.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError("file_unreadable", path=args.record.name, reason=type(exc).__name__) from exc
    if not isinstance(record, dict):
        raise UserError("draw_record_malformed", detail="not an object")
    avoidance = None
    if args.ws:
        from greenmine_desktop.store.draw_secrets import avoidance_for
        from greenmine_desktop.store.workspace import Workspace

        with Workspace.open(args.ws) as ws:
            avoidance = avoidance_for(ws, str(record.get("record_sha256", "")))
    problems = verify_record(record, avoidance)
    for problem in problems:
        print(problem.message(lang), file=sys.stderr)
    if problems:
        return 1
    done = "draw_verified" if teams_rerun(record, avoidance) else "draw_verified_mines"
    print(text(done, lang, seed=record["seed"], mines=len(record["result"])))
    return 0


def _photos_inspect(args: argparse.Namespace, lang: str) -> int:
    """One line (or JSON object) per file; unreadable files get their reason and the rest go on."""
    from greenmine_desktop.domain.photo import flags_for
    from greenmine_desktop.geo.photo_position import boundary_check
    from greenmine_desktop.photos.reader import read_photo
    from greenmine_desktop.store.mines import mine_by_licence
    from greenmine_desktop.store.workspace import Workspace

    if bool(args.mine) != bool(args.ws):
        print(text("photos_mine_and_workspace", lang), file=sys.stderr)
        return 2
    mine = None
    if args.mine:
        with Workspace.open(args.ws) as ws:
            mine = mine_by_licence(ws, args.mine)
        if mine is None:
            raise UserError("inspection_mine_missing", licence=args.mine)
    failed = 0
    for path in args.files:
        record: dict = {"path": str(path)}
        try:
            meta = read_photo(path).meta
        except UserError as exc:
            failed += 1
            record |= {"sha256": None, "error": exc.message(lang)}
        else:
            record |= {key: getattr(meta, key) for key in ("sha256", "taken_at", "lat", "lon", "alt", "make", "model",
                                                          "orientation", "width", "height")}
            record["error"] = _metadata_reason(meta.metadata_error, lang)
            if mine is not None:
                check = boundary_check(mine, meta.lat, meta.lon) if meta.has_gps else None
                record["boundary"] = check.status if check else None
                record["distance_m"] = round(check.distance_m, 1) if check else None
                record["flags"] = [f.value for f in flags_for(meta, check, None, reused=False)]
        if args.json:
            print(json.dumps(record, ensure_ascii=False, allow_nan=False))  # NaN and Infinity are not JSON
        else:
            print("\t".join(str(record.get(k) if record.get(k) is not None else "") for k in
                            ("path", "sha256", "taken_at", "lat", "lon", "boundary", "error")))
    return 1 if failed else 0


def _metadata_reason(stored: str, lang: str) -> str | None:
    """The sentence for a photo's metadata problem (stored as a message code; photos imported
    by older versions hold their reason as plain text)."""
    if not stored:
        return None
    try:
        return text(stored, lang)
    except KeyError:
        return stored


def _passphrase(variable: str, prompt: str) -> str:
    """From the environment (scripts) or asked without echo (people); with no terminal to
    ask on (a script, a scheduled task), one sentence saying how to give it."""
    import getpass
    import os

    given = os.environ.get(variable)
    if given:
        return given
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError("passphrase_needed", variable=variable)
    try:
        return getpass.getpass(prompt)
    except EOFError as exc:
        raise UserError("passphrase_needed", variable=variable) from exc


def _keys(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.services import keys
    from greenmine_desktop.store.workspace import Workspace

    with Workspace.open(args.ws) as ws:
        if args.action == "init":
            certificate = keys.create_county_ca(ws, _passphrase("GREENMINE_PASSPHRASE", "root key passphrase: "))
            print(format(certificate.serial_number, "x"))
        elif args.action == "export-root":
            print(keys.export_root(ws, args.out))
        elif args.action == "issue":
            certificate = keys.issue_inspector(
                ws, args.badge, _passphrase("GREENMINE_PASSPHRASE", "root key passphrase: "),
                _passphrase("GREENMINE_P12_PASSPHRASE", "passphrase for the inspector's file: "), args.out)
            print(format(certificate.serial_number, "x"))
        else:
            keys.revoke(ws, args.serial, args.reason)
    return 0


def _month_lines(year: int, month: int, marks: dict) -> list[str]:
    """One month as a calendar, Monday first; 休 after a day off, 班 after an adjusted working day."""
    import calendar as months

    lines = [f"{year}-{month:02d}".center(41), " ".join(f"  {weekday} " for weekday in "一二三四五六日")]
    for week in months.Calendar().monthdatescalendar(year, month):
        lines.append(" ".join(f"{d.day:>3}{marks.get(d, '  ')}" if d.month == month else "     " for d in week))
    return lines


def _pad(line: str, width: int) -> str:
    """Pad to a terminal width, a CJK character taking two columns."""
    return line + " " * (width - len(line) - sum(1 for c in line if ord(c) >= 0x2E80))


def _calendar(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.domain.deadlines import OFF
    from greenmine_desktop.services import holiday_schedule as schedule
    from greenmine_desktop.store.workspace import Workspace

    if args.action == "add-year":
        days = schedule.read_days_file(args.file, args.year)
        source = None
    with Workspace.open(args.ws) as ws:
        if args.action == "show":
            days, source = schedule.year_schedule(ws, args.year)
        elif not args.check:
            entered = schedule.enter_year(ws, args.year, days, args.number, args.title, replace=args.replace)
    if args.action == "show" and args.json:
        print(json.dumps({"year": args.year, "title": source.title, "number": source.number,
                          "entered_by": source.entered_by, "entered_at": source.entered_at}, ensure_ascii=False))
        for d in days:
            print(json.dumps({"day": d.day.isoformat(), "kind": d.kind, "name": d.name}, ensure_ascii=False))
        return 0
    if source:
        print(f"{source.title} {source.number}（{source.entered_by} {source.entered_at[:10]}）")
    marks = {d.day: "休" if d.kind == OFF else "班" for d in days}
    for d in days:
        print(f"{d.day.isoformat()} {marks[d.day]} {d.name}")
    for first in range(1, 13, 3):
        blocks = [_month_lines(args.year, month, marks) for month in range(first, first + 3)]
        height = max(len(b) for b in blocks)
        for row in range(height):
            print("   ".join(_pad(b[row] if row < len(b) else "", 41) for b in blocks).rstrip())
        print()
    if args.action == "add-year" and not args.check:
        print(text("calendar_entered", lang, year=args.year, days=entered.days, rechecked=entered.rechecked,
                   moved=len(entered.moved)))
        for moved in entered.moved:
            print(f"{moved.number}  {moved.addressee}  {moved.before.isoformat()} → {moved.after.isoformat()}"
                  + ("（暂定）" if moved.still_provisional else ""))
    return 0


def _package(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.services import assignments, returns
    from greenmine_desktop.services.draw_plans import list_draws
    from greenmine_desktop.store.workspace import DB_NAME, Workspace

    if args.action == "open" and not (args.ws / DB_NAME).exists():
        from greenmine_desktop.services.field_setup import set_up_field_laptop

        if args.p12 is None:
            raise UserError("workspace_missing", path=args.ws)
        set_up_field_laptop(args.ws, args.file, args.p12,
                            _passphrase("GREENMINE_P12_PASSPHRASE", "certificate passphrase: "))
        print(text("package_opened", lang, file=args.file.name))
        return 0
    with Workspace.open(args.ws) as ws:
        if args.action == "export-assignment":
            draws = list_draws(ws)
            if not draws and not args.draw:
                raise UserError("draw_replaces_missing", record="—")
            record = args.draw or draws[0].record_sha256
            print(assignments.export_assignment(ws, record, args.team, args.out,
                                                _passphrase("GREENMINE_PASSPHRASE", "root key passphrase: ")))
        elif args.action == "open":
            opened = assignments.open_assignment(ws, args.file)
            print(text("package_opened" if opened else "package_already_opened", lang, file=args.file.name))
        elif args.action == "export-return":
            print(returns.export_return(ws, args.out, _passphrase("GREENMINE_P12_PASSPHRASE", "passphrase: ")))
        else:
            results = returns.import_returns(ws, args.files)
            for result in results:
                reason = result.problem.message(lang) if result.problem else ""
                print("\t".join([result.path.name, text(f"package_{result.result}", lang), reason]))
            return 1 if any(r.result == "refused" for r in results) else 0
    return 0


def _verify_package(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.services.returns import verify_return
    from greenmine_desktop.store.workspace import Workspace

    if not args.ws:
        print(text("package_workspace_needed", lang), file=sys.stderr)
        return 2
    with Workspace.open(args.ws) as ws:
        package, data = verify_return(ws, args.target)
    print(text("package_verified", lang, file=args.target.name, inspections=len(data.inspections),
               files=len(package.files)))
    return 0


def _verify_assignment(args: argparse.Namespace, lang: str) -> int:
    """An assignment package, checked as 核验文件 checks it: signed by the root of the
    workspace given (the county's, or the one a field laptop came with), every file whole."""
    from greenmine_desktop.services.file_check import check_file, summary
    from greenmine_desktop.store.workspace import Workspace

    if not args.ws:
        print(text("package_workspace_needed", lang), file=sys.stderr)
        return 2
    with Workspace.open(args.ws) as ws:
        check = check_file(ws, args.target)
    for line in summary(check, lang):
        print(line, file=sys.stdout if check.ok else sys.stderr)
    return 0 if check.ok else 1


def _verify_pdf(args: argparse.Namespace, lang: str) -> int:
    from cryptography import x509

    from greenmine_desktop.services.keys import root_certificate
    from greenmine_desktop.services.pdf_signing import pdf_problems
    from greenmine_desktop.store.workspace import Workspace

    if bool(args.ws) == bool(args.root):
        print(text("pdf_root_needed", lang), file=sys.stderr)
        return 2
    if args.root:
        checks, problems = pdf_problems(args.target, x509.load_pem_x509_certificate(args.root.read_bytes()))
    else:
        with Workspace.open(args.ws) as ws:
            checks, problems = pdf_problems(args.target, root_certificate(ws), ws)
    for problem in problems:
        print(problem.message(lang), file=sys.stderr)
    for check in checks if not problems else []:
        at = check.signed_at.astimezone().strftime("%Y-%m-%d %H:%M") if check.signed_at else "?"
        print(text("pdf_signature_ok", lang, signer=check.signer, at=at))
    return 1 if problems else 0


def _sign(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.services.pdf_signing import sign_document
    from greenmine_desktop.store.workspace import Workspace

    with Workspace.open(args.ws) as ws:
        print(sign_document(ws, args.pdf, args.p12, _passphrase("GREENMINE_P12_PASSPHRASE", "passphrase: "),
                            args.reason))
    return 0


def _verify(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.services.workspace_check import check_workspace
    from greenmine_desktop.store.workspace import Workspace

    if args.target.suffix.lower() == ".pdf":
        return _verify_pdf(args, lang)
    if args.target.suffix.lower() in (".gmreturn", ".zip"):
        return _verify_package(args, lang)
    if args.target.suffix.lower() == ".gmtask":
        return _verify_assignment(args, lang)
    with Workspace.open(args.target) as ws:
        problems, chain = check_workspace(ws)
    for problem in problems:
        print(problem.message(lang), file=sys.stderr)
    if problems:
        return 1
    print(text("audit_ok", lang, rows=chain.rows))
    return 0


def _legal(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.paths import login_name
    from greenmine_desktop.services import legal_basis
    from greenmine_desktop.store.workspace import Workspace

    with Workspace.open(args.ws) as ws:
        if args.action == "edit":
            print(legal_basis.editable_copy(ws))
            return 0
        chosen = (legal_basis.set_province(ws, args.province, login_name()) if args.action == "set-province"
                  else legal_basis.province(ws))
    if args.action == "show" and args.json:
        print(json.dumps(chosen.model_dump(), ensure_ascii=False))
        return 0
    doc = chosen.order_document
    print(f"{chosen.name}\t{doc.cited}\t{doc.issuer}")
    if args.action == "show":
        for clause in doc.clauses:
            print(f"{clause.topic}\t{clause.where}\t{clause.text}")
    return 0


def _backup(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.services.backup import backup_workspace, restore_workspace
    from greenmine_desktop.store.workspace import Workspace

    if args.command == "backup":
        with Workspace.open(args.ws) as ws:
            result = backup_workspace(ws, args.out)
        print(text("backup_done", lang, path=result.folder, files=result.files))
    else:
        print(text("restore_done", lang, path=restore_workspace(args.backup, args.target)))
    return 0


def _selftest(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.gui.selftest import run_selftest

    return run_selftest()


def _server(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.services.county_setup import init_server, init_server_workspace

    if args.ws is None:
        version = init_server(args.database)
    else:
        version = init_server_workspace(args.ws, args.county, args.bureau, args.county_code, args.database)
    print(text("server_initialised", lang, version=version))
    if args.ws is not None:
        print(text("server_workspace_made", lang, path=args.ws))
    return 0


def _workspace_move(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.services.county_setup import move_to_server

    moved = move_to_server(args.ws, args.database)
    print(text("move_done", lang, path=args.ws, tables=len(moved.rows), rows=sum(moved.rows.values()),
               chain=moved.audit_rows, backup=moved.backup))
    return 0


def _gui(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.gui.app import run_gui

    return run_gui(workspace=args.workspace, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    from greenmine_desktop import logging_setup
    from greenmine_desktop.files import remove_abandoned

    args = _parser().parse_args(argv)
    logging_setup.configure()
    clock.install(clock.Clock.from_environment())  # the one clock of this process, GUI or command
    remove_abandoned()  # temporary files of an export killed last time
    lang = cli_language()
    handlers = {"selftest": _selftest, "demo-workspace": _demo_workspace, "verify": _verify, "sign": _sign,
                "backup": _backup, "restore": _backup, "server": _server, "workspace": _workspace_move}
    if args.command == "package":
        handler = _package
    elif args.command == "keys":
        handler = _keys
    elif args.command == "calendar":
        handler = _calendar
    elif args.command == "photos":
        handler = _photos_inspect
    elif args.command == "legal":
        handler = _legal
    elif args.command == "draw":
        handler = {"run": _draw_run, "export": _draw_export, "plans": _draw_plans, "verify": _draw_verify}[
            args.action]
    elif args.command in ("mines", "inspectors"):
        handler = {"import": _register_import, "export": _mines_export}.get(args.action, _register_list)
    else:
        handler = handlers.get(args.command, _gui)
    try:
        return handler(args, lang)
    except UserError as exc:
        print(exc.message(lang), file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into head and the like
        return 0
    except Exception:
        log.exception("command failed")
        print(text("unexpected", lang, log=log_file()), file=sys.stderr)
        return 1
