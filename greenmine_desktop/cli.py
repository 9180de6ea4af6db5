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

from greenmine_desktop import __version__
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
    verify = draw.add_parser("verify", help="re-run a draw record and check it")
    verify.add_argument("record", type=Path)

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

    check = commands.add_parser("verify", help="check a workspace (database and audit chain) or a signed PDF")
    check.add_argument("target", type=Path, help="a workspace folder, or a PDF")
    check.add_argument("--workspace", type=Path, dest="ws", help="for a PDF: the county workspace whose root to trust")
    check.add_argument("--root", type=Path, help="for a PDF: the county root certificate (PEM) to trust")
    sign = commands.add_parser("sign", help="sign a PDF with an inspector's PKCS#12 (passphrase asked, or "
                                            "GREENMINE_P12_PASSPHRASE)")
    sign.add_argument("pdf", type=Path)
    sign.add_argument("--p12", type=Path, required=True)
    sign.add_argument("--workspace", type=Path, required=True, dest="ws")
    sign.add_argument("--reason", default="现场检查记录")

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
    return parser


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
        preview = preview_import(ws, args.file)
        for row in preview.rows:
            for problem in row.problems:
                print(f"{args.file.name}:{row.row}: {row.key or '—'}: {problem.message(lang)}", file=sys.stderr)
            for warning in row.warnings:
                print(f"{args.file.name}:{row.row}: {row.key}: {warning.message(lang)}")
        new, updated = (0, 0) if args.check else apply_import(ws, preview)
    refused = len(preview.refused)
    if refused:
        print(text("import_refused_rows", lang, refused=refused, accepted=new + updated), file=sys.stderr)
        return 1
    print(text("import_done", lang, accepted=new + updated, new=new, updated=updated))
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


def _draw_run(args: argparse.Namespace, lang: str) -> int:
    from datetime import datetime

    from greenmine_desktop.services.draw_plans import export_record, export_record_pdf, run_plan
    from greenmine_desktop.store.workspace import Workspace

    with Workspace.open(args.ws) as ws:
        record = run_plan(ws, args.plan, args.seed, args.operator, tuple(args.witness), datetime.now().astimezone(),
                          args.replaces, args.reason)
        if args.out:
            export_record(ws, record["record_sha256"], args.out, args.operator or None)
        if args.pdf:
            export_record_pdf(ws, record["record_sha256"], args.pdf, args.operator or None)
    for row in record["result"]:
        print("\t".join([row["licence_no"], *row["team"]]))
    print(f"record {record['record_sha256']}")
    return 0


def _draw_verify(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.domain.draw_record import verify_record

    try:
        record = json.loads(args.record.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError("file_unreadable", path=args.record.name, reason=type(exc).__name__) from exc
    if not isinstance(record, dict):
        raise UserError("draw_record_malformed", detail="not an object")
    problems = verify_record(record)
    for problem in problems:
        print(problem.message(lang), file=sys.stderr)
    if problems:
        return 1
    print(text("draw_verified", lang, seed=record["seed"], mines=len(record["result"])))
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
            record["error"] = meta.metadata_error or None
            if mine is not None:
                check = boundary_check(mine, meta.lat, meta.lon) if meta.has_gps else None
                record["boundary"] = check.status if check else None
                record["distance_m"] = round(check.distance_m, 1) if check else None
                record["flags"] = [f.value for f in flags_for(meta, check, None, reused=False)]
        if args.json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            print("\t".join(str(record.get(k) if record.get(k) is not None else "") for k in
                            ("path", "sha256", "taken_at", "lat", "lon", "boundary", "error")))
    return 1 if failed else 0


def _passphrase(variable: str, prompt: str) -> str:
    """From the environment (scripts) or asked without echo (people)."""
    import getpass
    import os

    return os.environ.get(variable) or getpass.getpass(prompt)


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


def _package(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.services import assignments, returns
    from greenmine_desktop.services.draw_plans import list_draws
    from greenmine_desktop.store.workspace import DB_NAME, Workspace

    if args.action == "open" and not (args.ws / DB_NAME).exists():
        if args.p12 is None:
            raise UserError("workspace_missing", path=args.ws)
        assignments.create_field_workspace(args.ws, args.p12,
                                           _passphrase("GREENMINE_P12_PASSPHRASE", "certificate passphrase: ")).close()
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
        print(text("pdf_root_needed", lang), file=sys.stderr)
        return 2
    with Workspace.open(args.ws) as ws:
        package, data = verify_return(ws, args.target)
    print(text("package_verified", lang, file=args.target.name, inspections=len(data.inspections),
               files=len(package.files)))
    return 0


def _verify_pdf(args: argparse.Namespace, lang: str) -> int:
    from cryptography import x509

    from greenmine_desktop.services.keys import root_certificate
    from greenmine_desktop.services.pdf_signing import pdf_problems
    from greenmine_desktop.store.workspace import Workspace

    if bool(args.ws) == bool(args.root):
        print(text("pdf_root_needed", lang), file=sys.stderr)
        return 2
    if args.root:
        root = x509.load_pem_x509_certificate(args.root.read_bytes())
    else:
        with Workspace.open(args.ws) as ws:
            root = root_certificate(ws)
    checks, problems = pdf_problems(args.target, root)
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
    with Workspace.open(args.target) as ws:
        problems, chain = check_workspace(ws)
    for problem in problems:
        print(problem.message(lang), file=sys.stderr)
    if problems:
        return 1
    print(text("audit_ok", lang, rows=chain.rows))
    return 0


def _selftest(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.gui.selftest import run_selftest

    return run_selftest()


def _gui(args: argparse.Namespace, lang: str) -> int:
    from greenmine_desktop.gui.app import run_gui

    return run_gui(workspace=args.workspace, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    from greenmine_desktop import logging_setup

    args = _parser().parse_args(argv)
    logging_setup.configure()
    lang = cli_language()
    handlers = {"selftest": _selftest, "demo-workspace": _demo_workspace, "verify": _verify, "sign": _sign}
    if args.command == "package":
        handler = _package
    elif args.command == "keys":
        handler = _keys
    elif args.command == "photos":
        handler = _photos_inspect
    elif args.command == "draw":
        handler = _draw_run if args.action == "run" else _draw_verify
    elif args.command in ("mines", "inspectors"):
        handler = _register_import if args.action == "import" else _register_list
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
