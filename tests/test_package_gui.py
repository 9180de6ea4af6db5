"""Packages from the windows: the county exports a team's task and imports results; the
field laptop opens the task and exports its results."""

from __future__ import annotations

import pytest

from greenmine_desktop.gui.jobs import wait_for_jobs
from greenmine_desktop.gui.ops import notifier
from greenmine_desktop.services.assignments import create_field_workspace
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import show_window
from tests.test_packages import P12_PASS, ROOT_PASS, finish_an_inspection, loop  # noqa: F401 - the fixture

pytestmark = pytest.mark.gui


def test_tasks_out_and_results_back_through_the_windows(loop, qtbot, private_home):  # noqa: F811
    county, record, p12, _, tmp_path = loop
    county_window = show_window(qtbot, county, private_home / "county.ini")
    menu = [a.text() for a in county_window.menuBar().actions()[0].menu().actions()]
    assert "导入回传包(&R)…" in menu
    task = tmp_path / "gui.gmtask"
    with qtbot.waitSignal(notifier().changed, timeout=60_000):
        county_window.packages.export_task(record.record_sha256, "1", task, ROOT_PASS)
    assert task.is_file() and str(task) in county_window.statusBar().currentMessage()

    field = create_field_workspace(tmp_path / "field", p12, P12_PASS)
    field_window = show_window(qtbot, field, private_home / "field.ini")
    assert "打开任务包(&A)…" in [a.text() for a in field_window.menuBar().actions()[0].menu().actions()]
    with qtbot.waitSignal(notifier().changed, timeout=60_000):
        field_window.packages.open_task(task)
    assert "已打开任务包" in field_window.statusBar().currentMessage()
    assert field_window.mine_page.model.rowCount() == len(
        [r for r in record.result if r.team == record.result[0].team])
    with Workspace.open(field.folder) as laptop:  # the inspection, done; the window's connection only reads
        finish_an_inspection(laptop, tmp_path, p12)
    back = tmp_path / "gui.gmreturn"
    field_window.packages.export_results(back, P12_PASS)
    wait_for_jobs()
    qtbot.waitUntil(lambda: back.is_file() and "回传包已写入" in field_window.statusBar().currentMessage())

    county_window.packages.import_files([back])
    wait_for_jobs()
    qtbot.waitUntil(lambda: "已导入" in county_window.statusBar().currentMessage())
    assert county.conn.execute("SELECT count(*) FROM inspection").fetchone()[0] == 1
    field_window.close()
    field.close()


def test_a_wrong_passphrase_asks_again_keeping_the_file(loop, qtbot, private_home, monkeypatch):  # noqa: F811
    """A wrong passphrase aborted the export, and the team and file had to be chosen again;
    the return export's passphrase dialog was titled 选择您的证书文件."""
    county, record, p12, task, tmp_path = loop
    field = create_field_workspace(tmp_path / "field", p12, P12_PASS)
    field_window = show_window(qtbot, field, private_home / "field.ini")
    with qtbot.waitSignal(notifier().changed, timeout=60_000):
        field_window.packages.open_task(task)
    with Workspace.open(field.folder) as laptop:  # the inspection, done; the window's connection only reads
        finish_an_inspection(laptop, tmp_path, p12)
    out = tmp_path / "back.gmreturn"
    asked, answers = [], iter(["wrong passphrase", P12_PASS])
    monkeypatch.setattr("greenmine_desktop.gui.package_actions.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(out), ""))

    def get_text(parent, title, label, echo):
        asked.append(title)
        return next(answers), True

    monkeypatch.setattr("greenmine_desktop.gui.package_actions.QInputDialog.getText", get_text)
    field_window.packages.choose_return()
    qtbot.waitUntil(lambda: out.is_file() and "回传包已写入" in field_window.statusBar().currentMessage(),
                    timeout=60_000)
    assert asked == ["您的检查人员密钥口令", "您的检查人员密钥口令"]  # asked again, the file not chosen twice
    wait_for_jobs()
    field_window.close()
    field.close()


def test_the_passphrase_dialog_says_which_key_it_asks_for(inspection_window, monkeypatch):
    """Walkthrough: the label said only 口令 and the small dialog's title bar cut short
    which key it was ("您的检查… 钥口令")."""
    from PySide6.QtWidgets import QInputDialog

    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: asked.append(args[1:3]) or ("", False))
    assert inspection_window.packages._passphrase("您的检查人员密钥口令") is None
    assert asked == [("您的检查人员密钥口令", "您的检查人员密钥口令")]
