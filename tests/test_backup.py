"""Backup and restore of a workspace (issue 20): a consistent, checked copy; restore only
into an empty folder; a damaged backup refused before anything is written."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from datetime import timedelta

import pytest

from greenmine_desktop.cli import main
from greenmine_desktop.messages import Cancelled, UserError
from greenmine_desktop.services import keys
from greenmine_desktop.services.backup import MANIFEST, backup_reminder, backup_workspace, restore_workspace
from greenmine_desktop.services.workspace_check import check_workspace, content_hash
from greenmine_desktop.store.backups import set_backup_every_days
from greenmine_desktop.store.workspace import DB_NAME, Workspace
from tests.photo_factory import write_jpeg

ROOT_PASS = "县局根证书口令2026"


@pytest.fixture
def ws(year_folder):
    with Workspace.open(year_folder) as workspace:
        keys.create_county_ca(workspace, ROOT_PASS)
        (workspace.folder / "reports" / "通知书.pdf").write_bytes(b"%PDF-1.7 a report")
        for seed in range(3):  # photos are stored under their SHA-256
            photo = write_jpeg(workspace.folder / "photos" / "new.jpg", seed=seed)
            digest = hashlib.sha256(photo.read_bytes()).hexdigest()
            (workspace.folder / "photos" / digest[:2]).mkdir(exist_ok=True)
            photo.rename(workspace.folder / "photos" / digest[:2] / f"{digest}.jpg")
        (workspace.folder / "photos" / ".incoming").mkdir()
        (workspace.folder / "photos" / ".incoming" / "half.jpg").write_bytes(b"half a photo")
        yield workspace


def test_backup_then_restore_gives_the_same_workspace_that_verifies(ws, tmp_path, capsys):
    photos = sorted(p.relative_to(ws.folder) for p in (ws.folder / "photos").glob("??/*.jpg"))
    assert len(photos) == 3
    result = backup_workspace(ws, tmp_path / "usb" / "backup")
    manifest = json.loads((result.folder / MANIFEST).read_text(encoding="utf-8"))
    assert {DB_NAME, "keys/county-root.key", "keys/county-root.pem", "reports/通知书.pdf"} <= set(manifest["files"])
    assert {p.as_posix() for p in photos} <= set(manifest["files"]) and result.files == len(manifest["files"]) - 1
    assert not any(".incoming" in name for name in manifest["files"])  # a photo still being taken in
    assert manifest["workspace_id"] == ws.meta("id") and not list(tmp_path.joinpath("usb").glob(".*partial"))
    if os.name == "posix":
        assert stat.S_IMODE((result.folder / "keys" / "county-root.key").stat().st_mode) == 0o600

    restored = restore_workspace(result.folder, tmp_path / "new-laptop" / "county")
    assert main(["verify", str(restored)]) == 0
    with Workspace.open(restored) as copy:
        assert content_hash(copy) == content_hash(ws) and check_workspace(copy)[0] == []
        assert copy.conn.execute("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone() == ("restore",)
        # the restored root key still signs: unlocking it works with the same passphrase
        assert keys.unlock_root(copy, ROOT_PASS).certificate == keys.root_certificate(ws)
    for photo in photos:
        assert (restored / photo).read_bytes() == (ws.folder / photo).read_bytes()
    if os.name == "posix":
        assert stat.S_IMODE((restored / "keys" / "county-root.key").stat().st_mode) == 0o600


def test_the_copy_holds_what_was_committed_while_a_writer_holds_a_transaction(ws, tmp_path):
    """A second connection in the middle of a write while the database is copied: the
    backup does not wait for it and takes none of its uncommitted rows (SQLite's backup
    API copies one committed state); the writer rolls back once the copy is made."""
    before = content_hash(ws)
    with Workspace.open(ws.folder) as other:
        other.conn.execute("BEGIN IMMEDIATE")
        other.conn.execute("UPDATE mine SET name = name || '（未提交）'")

        def writer_gives_up_after_the_copy(done: int, total: int) -> None:
            if done == 1 and other.conn.in_transaction:
                other.conn.execute("ROLLBACK")

        backup_workspace(ws, tmp_path / "backup", writer_gives_up_after_the_copy)
    with Workspace.open(restore_workspace(tmp_path / "backup", tmp_path / "restored")) as copy:
        assert content_hash(copy) == before
        assert copy.conn.execute("SELECT count(*) FROM mine WHERE name LIKE '%未提交%'").fetchone() == (0,)


def test_a_backup_needs_an_empty_folder_outside_the_workspace(ws, tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "old.txt").write_text("x")
    with pytest.raises(UserError) as err:
        backup_workspace(ws, tmp_path / "full")
    assert err.value.code == "backup_target_not_empty"
    with pytest.raises(UserError) as err:
        backup_workspace(ws, ws.folder / "reports" / "backup")
    assert err.value.code == "backup_inside_workspace"
    (tmp_path / "empty").mkdir()
    assert backup_workspace(ws, tmp_path / "empty").folder == tmp_path / "empty"


def test_a_cancelled_backup_leaves_nothing(ws, tmp_path):
    def cancel_after_some(done: int, total: int) -> None:
        if done > 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        backup_workspace(ws, tmp_path / "usb" / "backup", cancel_after_some)
    assert list((tmp_path / "usb").iterdir()) == [] and ws.meta("last_backup_at") is None


def test_restore_refuses_a_full_target_and_a_damaged_or_doctored_backup(ws, tmp_path):
    backup = backup_workspace(ws, tmp_path / "backup").folder
    (tmp_path / "occupied").mkdir()
    (tmp_path / "occupied" / "workspace.sqlite").write_bytes(b"someone's data")
    with pytest.raises(UserError) as err:
        restore_workspace(backup, tmp_path / "occupied")
    assert err.value.code == "restore_target_not_empty"
    assert (tmp_path / "occupied" / "workspace.sqlite").read_bytes() == b"someone's data"

    photo = next(p for p in (backup / "photos").rglob("*") if p.is_file())
    original = photo.read_bytes()
    photo.write_bytes(original[:-1] + bytes([original[-1] ^ 1]))
    with pytest.raises(UserError) as err:
        restore_workspace(backup, tmp_path / "restored")
    assert err.value.code == "backup_file_changed" and not (tmp_path / "restored").exists()
    photo.write_bytes(original)

    manifest = json.loads((backup / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"]["../outside.txt"] = {"size": 1, "sha256": "0" * 64}
    (backup / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(UserError) as err:
        restore_workspace(backup, tmp_path / "restored")
    assert err.value.code == "backup_file_changed" and not (tmp_path / "outside.txt").exists()

    with pytest.raises(UserError) as err:
        restore_workspace(tmp_path / "occupied", tmp_path / "restored")
    assert err.value.code == "backup_not_a_backup"


def test_a_backup_whose_audit_chain_was_edited_is_refused(ws, tmp_path):
    import sqlite3

    backup = backup_workspace(ws, tmp_path / "backup").folder
    with sqlite3.connect(backup / DB_NAME) as conn:  # an edited copy, list updated to match
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.execute("UPDATE audit_log SET actor = 'someone else' WHERE seq = 1")
    conn.close()
    from greenmine_desktop.services.backup import _sha256

    manifest = json.loads((backup / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"][DB_NAME] = {"size": (backup / DB_NAME).stat().st_size, "sha256": _sha256(backup / DB_NAME)}
    (backup / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(UserError) as err:
        restore_workspace(backup, tmp_path / "restored")
    assert err.value.code.startswith("audit_broken") and not (tmp_path / "restored").exists()


def test_the_reminder_comes_when_the_last_backup_is_older_than_the_interval(ws, tmp_path):
    from datetime import datetime

    assert backup_reminder(ws).code == "backup_never"
    backup_workspace(ws, tmp_path / "backup")
    now = datetime.fromisoformat(ws.meta("last_backup_at"))
    assert backup_reminder(ws, now + timedelta(days=6)) is None
    due = backup_reminder(ws, now + timedelta(days=8))
    assert due is not None and due.code == "backup_due" and due.params["days"] == 7
    set_backup_every_days(ws, 30)
    assert backup_reminder(ws, now + timedelta(days=8)) is None
    assert backup_reminder(ws, now + timedelta(days=31)).params["days"] == 30


def test_backup_and_restore_commands(ws, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GREENMINE_LANG", "en")
    assert main(["backup", str(ws.folder), "--out", str(tmp_path / "b")]) == 0
    assert "checked" in capsys.readouterr().out
    assert main(["restore", str(tmp_path / "b"), "--to", str(tmp_path / "r")]) == 0
    assert main(["verify", str(tmp_path / "r")]) == 0
    capsys.readouterr()
    assert main(["restore", str(tmp_path / "b"), "--to", str(tmp_path / "r")]) == 1
    assert "empty folder" in capsys.readouterr().err
    assert main(["backup", str(ws.folder), "--out", str(tmp_path / "b")]) == 1
