"""Exports to a full, read-only, missing or forbidden target: a sentence naming the path,
no partial file, no second draw, and the temporary files of a killed export gone at the
next start.

The tests run as root in CI, and root ignores permission bits, so read-only and
permission errors are simulated by making the operating system call fail with EROFS or
EACCES; a full disk is simulated the same way with ENOSPC (at the flush, after bytes were
written, which is where a real full disk fails).
"""

from __future__ import annotations

import csv
import errno
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greenmine_desktop import files
from greenmine_desktop.cli import main
from greenmine_desktop.files import WriteFailed, remove_abandoned, write_atomically
from greenmine_desktop.messages import UserError
from greenmine_desktop.services import keys, photo_ingest
from greenmine_desktop.services.demo import DEMO_PLAN
from greenmine_desktop.services.public_notice import export_public_notice
from greenmine_desktop.store.workspace import Workspace
from greenmine_desktop.tabular import safe_cell
from tests.photo_factory import write_jpeg
from tests.test_damaged_photos import one_sentence
from tests.test_packages import ROOT_PASS
from tests.test_packages import loop as county_loop  # noqa: F401 - a fixture: the county with a CA and a draw

SEED = "07 12 19 23 28 31"


def fail_with(code: int):
    def raiser(*args, **kwargs):
        raise OSError(code, os.strerror(code))
    return raiser


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


def draws(folder: Path) -> int:
    with Workspace.open(folder) as ws:
        return ws.conn.execute("SELECT COUNT(*) FROM draw_record").fetchone()[0]


def draw_args(folder: Path, *extra: str) -> list[str]:
    return ["draw", "run", "--workspace", str(folder), "--plan", DEMO_PLAN.name, "--seed", SEED, *extra]


@pytest.mark.parametrize(("where", "code", "message"), [
    ("fsync", errno.ENOSPC, "write_disk_full"),
    ("write", errno.ENOSPC, "write_disk_full"),
    ("mkstemp", errno.EROFS, "write_read_only"),
    ("mkstemp", errno.EACCES, "write_permission"),
    ("replace", errno.EACCES, "write_permission"),
    ("fsync", errno.EIO, "write_failed"),
])
def test_a_failed_write_leaves_nothing_and_says_so(tmp_path, monkeypatch, where, code, message):
    target = tmp_path / "record.json"
    if where == "fsync":
        monkeypatch.setattr(files.os, "fsync", fail_with(code))
    elif where == "mkstemp":
        monkeypatch.setattr(files.tempfile, "mkstemp", fail_with(code))
    elif where == "replace":
        monkeypatch.setattr(files.os, "replace", fail_with(code))

    def write(stream):
        stream.write(b"x" * 4096)  # bytes reach the temporary file before the disk gives out
        if where == "write":
            raise OSError(code, os.strerror(code))

    with pytest.raises(WriteFailed) as err:
        write_atomically(target, write, create_folder=False)
    assert err.value.code == message and isinstance(err.value, OSError)
    one_sentence(err.value.message("zh_CN"), err.value.message("en"))
    assert str(target) in err.value.message("en") and "not written" in err.value.message("en")
    assert not target.exists() and leftovers(tmp_path) == []
    assert list((Path(os.environ["GREENMINE_HOME"]) / "pending-writes").glob("*")) == []


def test_a_missing_folder_is_named_and_not_created(tmp_path):
    target = tmp_path / "E盘" / "抽查" / "record.json"
    with pytest.raises(WriteFailed) as err:
        write_atomically(target, lambda s: s.write(b"{}"), create_folder=False)
    assert err.value.code == "write_folder_missing"
    assert str(tmp_path / "E盘") in err.value.message("en")
    assert not (tmp_path / "E盘").exists()


def test_an_overwritten_file_keeps_its_old_content_when_the_disk_is_full(tmp_path, monkeypatch):
    target = tmp_path / "county.pem"
    target.write_bytes(b"old")
    monkeypatch.setattr(files.os, "fsync", fail_with(errno.ENOSPC))
    with pytest.raises(WriteFailed):
        write_atomically(target, lambda s: s.write(b"new"), create_folder=False)
    assert target.read_bytes() == b"old"


def test_draw_run_to_a_missing_folder_draws_nothing(demo_folder, tmp_path, capsys):
    before = draws(demo_folder)
    assert main(draw_args(demo_folder, "--out", str(tmp_path / "U盘" / "draw.json"))) == 1
    err = capsys.readouterr().err
    assert "U盘" in err and "意外" not in err
    assert draws(demo_folder) == before and not (tmp_path / "U盘").exists()


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_draw_run_to_a_read_only_or_forbidden_target_draws_nothing(demo_folder, tmp_path, monkeypatch, capsys, code):
    before = draws(demo_folder)
    out = tmp_path / "stick"
    out.mkdir()
    real = files.tempfile.mkstemp
    monkeypatch.setattr(files.tempfile, "mkstemp", lambda *a, dir=None, **k: fail_with(code)() if Path(
        dir) == out else real(*a, dir=dir, **k))
    assert main(draw_args(demo_folder, "--pdf", str(out / "draw.pdf"))) == 1
    err = capsys.readouterr().err
    assert str(out) in err and "意外" not in err
    assert draws(demo_folder) == before and list(out.iterdir()) == []


def test_draw_run_on_a_full_disk_stores_one_draw_and_says_how_to_export_it(demo_folder, tmp_path, monkeypatch,
                                                                         capsys):
    before = draws(demo_folder)
    out = tmp_path / "draw.json"
    monkeypatch.setattr(files.os, "fsync", fail_with(errno.ENOSPC))
    monkeypatch.setenv("GREENMINE_LANG", "en")
    assert main(draw_args(demo_folder, "--out", str(out))) == 1
    err = capsys.readouterr().err
    assert draws(demo_folder) == before + 1  # stored once: the draw happened before the witnesses
    assert "is stored" in err and "disk is full" in err and "draw export" in err and "unexpected" not in err
    assert not out.exists() and leftovers(tmp_path) == []
    monkeypatch.undo()
    with Workspace.open(demo_folder) as ws:
        record = ws.conn.execute("SELECT record_sha256 FROM draw_record ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert record in err
    assert main(["draw", "export", record, "--workspace", str(demo_folder), "--out", str(out),
                 "--pdf", str(tmp_path / "draw.pdf")]) == 0
    assert draws(demo_folder) == before + 1  # exporting never draws again
    assert json.loads(out.read_text(encoding="utf-8"))["record_sha256"] == record
    assert (tmp_path / "draw.pdf").read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main(["draw", "verify", str(out)]) == 0


def test_draw_export_failures_are_sentences(demo_folder, tmp_path, capsys):
    assert main(["draw", "export", "0" * 64, "--workspace", str(demo_folder), "--out", str(tmp_path / "a.json")]) == 1
    assert "意外" not in capsys.readouterr().err
    assert main(["draw", "export", "0" * 64, "--workspace", str(demo_folder)]) == 2


def test_root_certificate_export_to_a_missing_or_full_target(demo_folder, tmp_path, monkeypatch, capsys):
    with Workspace.open(demo_folder) as ws:
        keys.create_county_ca(ws, "县局根证书口令2026")
    args = ["keys", "export-root", "--workspace", str(demo_folder), "--out"]
    assert main([*args, str(tmp_path / "F盘" / "county.pem")]) == 1
    assert "F盘" in capsys.readouterr().err and not (tmp_path / "F盘").exists()
    monkeypatch.setattr(files.os, "fsync", fail_with(errno.ENOSPC))
    assert main([*args, str(tmp_path / "county.pem")]) == 1
    err = capsys.readouterr().err
    assert "磁盘已满" in err and "county.pem" in err and "意外" not in err
    assert not (tmp_path / "county.pem").exists() and leftovers(tmp_path) == []


def test_a_full_disk_in_the_middle_of_a_photo_batch_refuses_that_photo_only(demo_folder, tmp_path, monkeypatch):
    photos = [write_jpeg(tmp_path / f"p{n}.jpg", seed=50 + n) for n in range(4)]
    real, calls = photo_ingest.os.replace, []

    def replace(source, target):
        calls.append(target)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(source, target)

    monkeypatch.setattr(photo_ingest.os, "replace", replace)
    with Workspace.open(demo_folder) as ws:
        results = photo_ingest.ingest(ws, photos, actor="测试")
    assert [r.path for r in results] == photos
    assert sorted(r.status for r in results) == ["added", "added", "added", "refused"]
    [refused] = [r for r in results if r.status == "refused"]
    assert refused.problem.code == "write_disk_full"
    assert not any((demo_folder / "photos" / ".incoming").iterdir())


def test_a_full_database_refuses_that_photo_and_removes_its_copy(demo_folder, tmp_path, monkeypatch):
    photos = [write_jpeg(tmp_path / f"p{n}.jpg", seed=60 + n) for n in range(3)]
    real = photo_ingest.store.insert_photo

    def insert(conn, meta, *args):
        if meta.sha256 == full:
            raise sqlite3.OperationalError("database or disk is full")
        return real(conn, meta, *args)

    from greenmine_desktop.photos.reader import read_photo

    full = read_photo(photos[1]).meta.sha256
    monkeypatch.setattr(photo_ingest.store, "insert_photo", insert)
    with Workspace.open(demo_folder) as ws:
        results = photo_ingest.ingest(ws, photos, actor="测试")
    assert [r.status for r in results] == ["added", "refused", "added"]
    assert results[1].problem.code == "disk_full" and "this last change was not saved" in results[1].problem.message(
        "en")
    assert not list((demo_folder / "photos").rglob(f"{full}*"))


def test_a_workspace_on_a_full_disk_is_not_called_foreign(demo_folder, monkeypatch):
    from greenmine_desktop.store import workspace

    class FullConnection:
        def __init__(self, *a, **k):
            pass

        def execute(self, *a):
            raise sqlite3.OperationalError("database or disk is full")

        def close(self):
            pass

    monkeypatch.setattr(workspace.sqlite3, "connect", FullConnection)
    with pytest.raises(UserError) as err:
        Workspace.open(demo_folder)
    assert err.value.code == "workspace_disk_full"


FORMULAS = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"]


def test_formula_cells_are_neutralised_and_numbers_are_not():
    assert [safe_cell(v) for v in FORMULAS] == ["'" + v for v in FORMULAS]
    assert [safe_cell(v) for v in ("-12.5", "+3", "1e5", "矿山", "", None, 12)] == ["-12.5", "+3", "1e5", "矿山", "",
                                                                                   None, 12]


def test_the_public_results_csv_has_no_formula(demo_folder, tmp_path):
    from datetime import datetime

    from greenmine_desktop.services.draw_plans import run_plan

    with Workspace.open(demo_folder) as ws:
        record = run_plan(ws, DEMO_PLAN.name, SEED, "op", ("w",), datetime(2026, 11, 2, 9).astimezone())
        drawn = [r.licence_no for r in record.result]
        for licence, name in zip(drawn, FORMULAS, strict=False):
            ws.conn.execute("UPDATE mine SET name = ? WHERE licence_no = ?", [name, licence])
        written = export_public_notice(ws, record.record_sha256, tmp_path / "公示.pdf")
    with written.csv_path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    cells = [cell for row in table[1:] for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r") and not c.lstrip("+-").isdigit()]
    names = [row[1] for row in table[1:len(FORMULAS) + 1]]
    assert names == ["'" + v for v in FORMULAS]
    # Excel's own reading of such a cell: openpyxl takes a leading "=" as a formula; ours is text
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(table[1])
    book.save(tmp_path / "check.xlsx")
    assert load_workbook(tmp_path / "check.xlsx").active["B1"].data_type == "s"


KILLED_WRITER = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from greenmine_desktop.files import write_atomically

    def write(stream):
        stream.write(b"PK" + b"x" * 10000)
        stream.flush()
        print("writing", flush=True)
        time.sleep(60)

    write_atomically(Path(sys.argv[1]), write, create_folder=False)
""")


def test_the_temporary_file_of_a_killed_export_is_removed_at_the_next_start(tmp_path, capsys):
    target = tmp_path / "back.gmreturn"
    with subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(target)], stdout=subprocess.PIPE,
                          env=os.environ | {"PYTHONPATH": str(Path(__file__).parent.parent)}) as writer:
        try:
            assert writer.stdout.readline().strip() == b"writing"
            [partial] = leftovers(tmp_path)
            assert not partial.endswith(".gmreturn")  # never mistaken for a package
            assert remove_abandoned() == 0  # its writer is alive: left alone
            assert leftovers(tmp_path) == [partial]
        finally:
            writer.kill()
    assert leftovers(tmp_path) == [partial]  # a killed process cannot clean up after itself
    main(["draw", "verify", str(tmp_path / "missing.json")])  # any start of the program
    capsys.readouterr()
    assert leftovers(tmp_path) == [] and not target.exists()
    assert list((Path(os.environ["GREENMINE_HOME"]) / "pending-writes").glob("*")) == []


def test_cleanup_leaves_files_it_did_not_note(tmp_path):
    stray = tmp_path / ".notes.txt.abc.partial"
    stray.write_bytes(b"mine")
    time.sleep(0.01)
    assert remove_abandoned() == 0 and stray.exists()


def test_a_package_to_an_unplugged_stick_is_named_and_nothing_is_logged(county_loop):  # noqa: F811 - the fixture
    from greenmine_desktop.services.assignments import export_assignment

    county, record, _, _, tmp_path = county_loop
    audit_rows = county.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    with pytest.raises(WriteFailed) as err:
        export_assignment(county, record.record_sha256, "1", tmp_path / "G盘" / "team1.gmtask", ROOT_PASS)
    assert err.value.code == "write_folder_missing" and "G盘" in err.value.message("zh_CN")
    assert not (tmp_path / "G盘").exists()
    assert county.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == audit_rows


def test_a_results_notice_whose_csv_fails_says_the_pdf_was_written(demo_folder, tmp_path, monkeypatch):
    from datetime import datetime

    from greenmine_desktop.services.draw_plans import run_plan

    real, calls = files.os.fsync, []

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 2:  # the PDF went through; the disk fills up on the CSV
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd)

    with Workspace.open(demo_folder) as ws:
        record = run_plan(ws, DEMO_PLAN.name, SEED, "op", ("w",), datetime(2026, 11, 2, 9).astimezone())
        monkeypatch.setattr(files.os, "fsync", fsync)
        with pytest.raises(WriteFailed) as err:
            export_public_notice(ws, record.record_sha256, tmp_path / "公示.pdf")
    one_sentence(err.value.message("zh_CN"), err.value.message("en"))
    assert "公示.pdf was written" in err.value.message("en") and "公示.csv was not written" in err.value.message("en")
    assert (tmp_path / "公示.pdf").exists() and not (tmp_path / "公示.csv").exists() and leftovers(tmp_path) == []


KILLED_IMPORT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from greenmine_desktop.services import photo_ingest
    from greenmine_desktop.store.workspace import Workspace

    def stuck(path):
        print("copied", flush=True)
        time.sleep(60)

    photo_ingest.read_photo = stuck
    with Workspace.open(Path(sys.argv[1])) as ws:
        photo_ingest.ingest(ws, [Path(sys.argv[2])])
""")


def test_the_copy_of_a_killed_photo_import_is_removed_at_the_next_start(demo_folder, tmp_path):
    photo = write_jpeg(tmp_path / "p.jpg", seed=90)
    incoming = demo_folder / "photos" / ".incoming"
    with subprocess.Popen([sys.executable, "-c", KILLED_IMPORT, str(demo_folder), str(photo)],
                          stdout=subprocess.PIPE, env=os.environ | {"PYTHONPATH": str(Path(__file__).parent.parent)}
                          ) as importer:
        try:
            assert importer.stdout.readline().strip() == b"copied"
            assert len(list(incoming.iterdir())) == 1
        finally:
            importer.kill()
    assert remove_abandoned() == 1
    assert list(incoming.iterdir()) == []


def test_a_file_where_the_folder_should_be_is_named(tmp_path):
    blocked = tmp_path / "stick"
    blocked.write_text("a file")
    with pytest.raises(WriteFailed) as err:
        write_atomically(blocked / "a.pem", lambda s: s.write(b"x"), create_folder=False)
    assert err.value.code == "write_not_a_folder"
    with pytest.raises(WriteFailed) as err:
        write_atomically(blocked / "sub" / "a.pem", lambda s: s.write(b"x"))  # the workspace's own folders too
    assert err.value.code in ("write_not_a_folder", "write_failed") and "意外" not in err.value.message("zh_CN")
