"""Issue 20 through the windows: 证书管理, 核验文件, field laptop set-up, backup and restore,
and the first start. Each test types and clicks in the real dialogs."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from greenmine_desktop.cli import main
from greenmine_desktop.gui.certificate_dialog import CertificateDialog, IssueDialog, RevokeDialog
from greenmine_desktop.gui.i18n import install_language
from greenmine_desktop.gui.jobs import wait_for_jobs
from greenmine_desktop.gui.setup_dialogs import CountySetupDialog, FieldSetupDialog, FirstStartDialog
from greenmine_desktop.gui.verify_dialog import VerifyDialog
from greenmine_desktop.services import keys
from greenmine_desktop.services.assignments import create_field_workspace, open_assignment
from greenmine_desktop.services.returns import export_return, import_returns
from greenmine_desktop.services.workspace_check import content_hash
from greenmine_desktop.store.inspections import latest_assignments
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import show_window
from tests.county_backend import copy_workspace
from tests.test_file_check import signed_report, tampered_pdf
from tests.test_package_container import flip, rewrite
from tests.test_packages import P12_PASS, ROOT_PASS, finish_an_inspection, good_return, loop  # noqa: F401

pytestmark = pytest.mark.gui
__all__ = ["good_return", "loop"]


def ok_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def settle(qtbot, condition, timeout=60_000):
    wait_for_jobs()
    qtbot.waitUntil(condition, timeout=timeout)


@pytest.fixture
def county(demo_folder, qtbot):
    install_language("zh_CN")
    with Workspace.open(demo_folder) as ws:
        yield ws


def test_the_root_is_set_up_and_a_certificate_issued_through_the_dialog(county, qtbot, tmp_path):
    dialog = CertificateDialog(county, "zh_CN", "王建国")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pages.currentIndex() == 0 and not dialog.create_button.isEnabled()
    fields = dialog.root_passphrase
    qtbot.keyClicks(fields.first, "12345678")
    qtbot.keyClicks(fields.second, "12345678")
    assert not dialog.create_button.isEnabled() and "容易被猜中" in fields.verdict.text()  # a top-10 password
    fields.first.setText(ROOT_PASS)
    fields.second.setText(ROOT_PASS + "x")
    assert not dialog.create_button.isEnabled() and fields.bar.value() >= 3
    fields.second.setText(ROOT_PASS)
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: dialog.pages.currentIndex() == 1)
    assert "根证书已建立" in dialog.message.text()
    assert keys.unlock_root(county, ROOT_PASS).certificate == keys.root_certificate(county)

    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    issue = dialog.child
    assert isinstance(issue, IssueDialog)
    badge = county.conn.execute(
        "SELECT badge_no FROM inspector WHERE active = 1 ORDER BY badge_no LIMIT 1").fetchone()[0]
    issue.inspector.setCurrentIndex(issue.inspector.findData(badge))
    out = tmp_path / "usb" / f"{badge}.p12"
    out.parent.mkdir()  # the stick is plugged in: a file the clerk picks needs its folder
    issue.out.setText(str(out))
    assert not ok_button(issue).isEnabled()
    issue.file_passphrase.first.setText(P12_PASS)
    issue.file_passphrase.second.setText(P12_PASS)
    issue.root_passphrase.setText("not the root passphrase")
    qtbot.mouseClick(ok_button(issue), Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: "口令不正确" in dialog.message.text())
    assert not out.exists() and dialog.table.rowCount() == 0

    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    issue = dialog.child
    issue.inspector.setCurrentIndex(issue.inspector.findData(badge))
    issue.out.setText(str(out))
    issue.file_passphrase.first.setText(P12_PASS)
    issue.file_passphrase.second.setText(P12_PASS)
    issue.root_passphrase.setText(ROOT_PASS)
    qtbot.mouseClick(ok_button(issue), Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: dialog.table.rowCount() == 1)
    assert out.is_file() and str(out) in dialog.message.text()
    assert dialog.table.item(0, 1).text() == badge and dialog.table.item(0, 4).text() == "有效"
    assert not dialog.warnings.isVisible()


def test_expiry_is_warned_30_days_ahead_and_the_root_exported(loop, qtbot, monkeypatch, tmp_path, set_today):
    county, *_ = loop
    install_language("zh_CN")
    [(not_after,)] = county.conn.execute("SELECT not_after FROM certificate").fetchall()
    set_today((datetime.fromisoformat(not_after) - timedelta(days=10)).date())  # the app's clock, 10 days before
    dialog = CertificateDialog(county, "zh_CN", "王建国")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warnings.isVisible() and "证书将于" in dialog.warnings.text()
    assert "30 天内到期" in dialog.table.item(0, 4).text()
    target = tmp_path / "county-root.pem"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == (county.folder / "keys" / keys.ROOT_CERT).read_bytes()
    assert "Adobe" in dialog.message.text()


def test_a_revoked_inspectors_later_package_is_refused(loop, qtbot):
    county, _, p12, task, tmp_path = loop
    install_language("zh_CN")
    dialog = CertificateDialog(county, "zh_CN", "王建国")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.revoke_button.isEnabled()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    revoke = dialog.child
    assert isinstance(revoke, RevokeDialog) and "不能撤销" in revoke.findChildren(type(dialog.message))[0].text()
    assert not ok_button(revoke).isEnabled()  # no reason, no revocation
    qtbot.mouseClick(revoke.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert county.conn.execute("SELECT revoked_at FROM certificate").fetchone() == (None,)
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    revoke = dialog.child
    revoke.reason.setText("笔记本电脑遗失")  # QTest types ASCII only
    qtbot.mouseClick(ok_button(revoke), Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: dialog.table.item(0, 4).text().startswith("已吊销"))
    assert "笔记本电脑遗失" in dialog.table.item(0, 4).text() and not dialog.revoke_button.isEnabled()

    # the laptop did not hear of it and signs its results afterwards: the county refuses them
    field = create_field_workspace(tmp_path / "field", p12, P12_PASS)
    open_assignment(field, task)
    finish_an_inspection(field, tmp_path, p12)
    late = export_return(field, tmp_path / "after-revocation.gmreturn", P12_PASS)
    field.close()
    before = content_hash(county)
    [result] = import_returns(county, [late])
    assert result.result == "refused" and result.problem.code == "package_signer_revoked"
    assert content_hash(county) == before


def test_a_field_laptop_is_set_up_from_its_package_in_the_window(loop, qtbot):
    county, record, p12, task, tmp_path = loop
    install_language("zh_CN")
    dialog = FieldSetupDialog("zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "laptop"
    dialog.task.setText(str(task))
    dialog.p12.setText(str(p12))
    dialog.target.setText(str(target))
    qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: "口令不正确" in dialog.error.text())
    assert not target.exists() and dialog.isVisible()
    dialog.passphrase.setText(P12_PASS)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.folder == target
    with Workspace.open(target) as field:
        assert field.kind == "field" and {a.licence_no for a in latest_assignments(field)} == {
            r.licence_no for r in record.result if r.team == record.result[0].team}


def _drop(widget, path: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def test_good_and_tampered_pdfs_and_packages_are_told_apart(good_return, qtbot):
    county, good, tmp_path = good_return
    install_language("zh_CN")
    dialog = VerifyDialog(county, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    report = signed_report(tmp_path)
    badge = county.conn.execute("SELECT badge_no FROM certificate").fetchone()[0]
    _drop(dialog, report)
    settle(qtbot, lambda: dialog.verdict.text() != "正在核验…")
    assert dialog.verdict.text().startswith("真实") and badge in dialog.details.text()
    assert "文件完好" in dialog.details.text() and "本县根证书" in dialog.details.text()

    dialog.check(tampered_pdf(report, tmp_path / "changed.pdf"))
    settle(qtbot, lambda: dialog.verdict.text() != "正在核验…")
    assert dialog.verdict.text() == "不可信" and "签名后文件被修改过" in dialog.details.text()

    for package in (good, tmp_path / "team1.gmtask"):
        dialog.check(package)
        settle(qtbot, lambda: dialog.verdict.text() != "正在核验…")
        assert dialog.verdict.text().startswith("真实"), dialog.details.text()
    bad = rewrite(good, tmp_path / "changed.gmreturn", lambda e: flip(e, "data.json"))
    dialog.check(bad)
    settle(qtbot, lambda: dialog.verdict.text() != "正在核验…")
    assert dialog.verdict.text() == "不可信" and "data.json" in dialog.details.text()
    dialog.check(tmp_path / "notes.txt")
    settle(qtbot, lambda: dialog.verdict.text() != "正在核验…")
    assert "只能核验" in dialog.details.text()


def test_backup_then_restore_from_the_file_menu(year_folder, qtbot, private_home, tmp_path):
    with Workspace.open(year_folder) as ws:
        window = show_window(qtbot, ws, private_home / "county.ini")
        try:
            menu = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
            assert {"备份工作区(&B)…", "从备份恢复(&T)…", "核验文件(&K)…", "证书管理(&C)…"} <= set(menu)
            assert "从未备份" in window.care.reminder.text()
            window.care.back_up()
            backup = window.care.dialog
            assert backup.every.value() == 7
            backup.folder.setText(str(tmp_path / "usb" / "备份"))
            backup.every.setValue(14)
            with qtbot.waitSignal(backup.accepted, timeout=120_000):
                qtbot.mouseClick(ok_button(backup), Qt.MouseButton.LeftButton)
            assert window.care.reminder.text() == "" and "核验通过" in window.statusBar().currentMessage()
            assert ws.meta("backup_every_days") == "14"

            window.care.restore()
            restore = window.care.dialog
            restore.backup.setText(str(tmp_path / "usb" / "备份"))
            restore.target.setText(str(tmp_path))  # not empty: refused, nothing touched
            qtbot.mouseClick(ok_button(restore), Qt.MouseButton.LeftButton)
            settle(qtbot, lambda: "空文件夹" in restore.error.text())
            restore.target.setText(str(tmp_path / "新电脑" / "县局"))
            with qtbot.waitSignal(restore.accepted, timeout=120_000):
                qtbot.mouseClick(ok_button(restore), Qt.MouseButton.LeftButton)
            question = window.care.dialog
            assert isinstance(question, QMessageBox)
            with qtbot.waitSignal(window.reopenRequested) as opened:
                qtbot.mouseClick(question.button(QMessageBox.StandardButton.Open), Qt.MouseButton.LeftButton)
            assert opened.args[0] == tmp_path / "新电脑" / "县局"
        finally:  # before the workspace closes, even when an assertion failed
            window.close()
    assert main(["verify", str(tmp_path / "新电脑" / "县局")]) == 0


def test_the_first_start_sets_up_a_county_or_opens_a_folder(qtbot, tmp_path, monkeypatch):
    install_language("zh_CN")
    first = FirstStartDialog("zh_CN")
    qtbot.addWidget(first)
    first.show()
    texts = [b.text() for b in (first.county_button, first.field_button, first.open_button, first.demo_button)]
    assert texts == ["县局（新建县级工作区）", "检查组（用任务包和证书文件设置这台电脑）", "打开已有工作区", "演示"]
    qtbot.mouseClick(first.county_button, Qt.MouseButton.LeftButton)
    setup = first.child
    assert isinstance(setup, CountySetupDialog)
    setup.fields.county.setText("青岚县")
    assert setup.fields.bureau.text() == "青岚县自然资源局"  # suggested, still editable
    setup.fields.code.setText("62990")
    setup.fields.target.setText(str(tmp_path / "县局"))
    qtbot.mouseClick(ok_button(setup), Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: "6 位数字" in setup.error.text())
    setup.fields.code.setText("629901")
    with qtbot.waitSignal(first.accepted, timeout=60_000):
        qtbot.mouseClick(ok_button(setup), Qt.MouseButton.LeftButton)
    assert first.folder == tmp_path / "县局"
    with Workspace.open(first.folder) as ws:
        assert ws.kind == "county" and ws.meta("bureau") == "青岚县自然资源局" and ws.meta("county_code") == "629901"

    again = FirstStartDialog("zh_CN")
    qtbot.addWidget(again)
    again.show()
    qtbot.mouseClick(again.field_button, Qt.MouseButton.LeftButton)
    assert isinstance(again.child, FieldSetupDialog)
    again.child.reject()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "县局"))
    qtbot.mouseClick(again.open_button, Qt.MouseButton.LeftButton)
    assert again.result() and again.folder == tmp_path / "县局"


def test_the_first_start_opens_the_demo(qtbot, demo_template, private_home):
    """演示 opens the demo county (made on first use; here one is there already)."""

    from greenmine_desktop.paths import demo_root

    copy_workspace(demo_template, demo_root() / "county")
    install_language("zh_CN")
    first = FirstStartDialog("zh_CN")
    qtbot.addWidget(first)
    first.show()
    with qtbot.waitSignal(first.accepted, timeout=60_000):
        qtbot.mouseClick(first.demo_button, Qt.MouseButton.LeftButton)
    assert first.folder == demo_root() / "county"
