"""文件 → 连接服务器 (issue 22, gui/server_dialog.py): the connection string the fields make
(never with the password), the keyring checkbox, 测试连接, and the move and the new
workspace through the dialog against the throwaway test server (skipped without one).

Named test_postgres_*: it runs in the SQLite pass, whose county workspaces are the ones
a clerk would move (the server pass has them on the server already)."""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backends import fail
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from greenmine_desktop.domain.mine import MineFilter
from greenmine_desktop.gui.app import Shell
from greenmine_desktop.gui.i18n import install_language
from greenmine_desktop.gui.jobs import wait_for_jobs
from greenmine_desktop.gui.server_dialog import ServerDialog
from greenmine_desktop.gui.settings import Settings
from greenmine_desktop.store.mines import query_ids
from greenmine_desktop.store.server_password import SERVICE, server_key
from greenmine_desktop.store.workspace import DATABASE_FILE, DB_NAME, Workspace, read_database_file
from tests.conftest import show_window

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, tmp_path, memory_keyring):
    """The dialog on its own, on a computer with a keyring (an in-memory one)."""
    install_language("zh_CN")
    let_go = []
    made = ServerDialog(tmp_path / "县局", "zh_CN", lambda: let_go.append(True))
    made.let_go_calls = let_go
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def settle(qtbot, condition, timeout=120_000):
    wait_for_jobs()
    qtbot.waitUntil(condition, timeout=timeout)


def fill(dialog, conninfo: str, password: str = "") -> None:
    """The fields as a clerk types the test server's connection (its host is a socket folder)."""
    given = conninfo_to_dict(conninfo)
    dialog.host.setText(str(given["host"]))
    dialog.port.setValue(int(given.get("port") or 5432))
    dialog.database.setText(str(given["dbname"]))
    dialog.user.setText(str(given["user"]))
    dialog.password.setText(password)


def test_the_fields_make_a_connection_string_without_the_password(dialog):
    assert dialog.windowTitle() == "连接服务器" and ok(dialog).text() == "迁移"
    assert dialog.port.value() == 5432
    dialog.host.setText(" db.county.local ")
    dialog.port.setValue(5433)
    dialog.database.setText("greenmine")
    dialog.user.setText("张 clerk")
    dialog.password.setText("s3cret pass")
    conninfo = dialog.conninfo()
    assert conninfo_to_dict(conninfo) == {"host": "db.county.local", "port": "5433", "dbname": "greenmine",
                                          "user": "张 clerk"}
    assert "s3cret" not in conninfo
    dialog.service.setText("greenmine")
    assert dialog.conninfo() == "service=greenmine"
    assert not dialog.host.isEnabled() and not dialog.user.isEnabled() and not dialog.port.isEnabled()
    dialog.service.clear()
    assert dialog.host.isEnabled()


def test_an_empty_host_is_refused_before_anything_runs(dialog, qtbot):
    dialog.database.setText("greenmine")
    dialog.user.setText("clerk")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "请填写服务器、数据库和用户名，或者填写服务名。"
    assert dialog.let_go_calls == [] and dialog.isVisible() and ok(dialog).isEnabled()
    assert QApplication.focusWidget() is dialog.host
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_result.text() == "" and dialog.error.text().startswith("请填写服务器")


def test_enter_is_ok_escape_cancels_and_tab_follows_the_form(dialog, qtbot):
    dialog.host.setFocus()
    qtbot.keyClick(dialog.host, Qt.Key.Key_Return)
    assert dialog.error.text().startswith("请填写服务器") and dialog.isVisible()
    order, widget = [], dialog.move_choice
    widget.setFocus()
    for _ in range(9):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == [dialog.move_choice, dialog.host, dialog.port, dialog.database, dialog.user, dialog.service,
                     dialog.password, dialog.remember, dialog.test_button]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == 0


def test_the_new_workspace_choice_asks_for_the_county(dialog):
    county_rows = list(dialog.county_fields.rows)
    assert not any(dialog.form.isRowVisible(row) for row in county_rows)
    dialog.new_choice.setChecked(True)
    assert all(dialog.form.isRowVisible(row) for row in county_rows) and ok(dialog).text() == "新建"


def test_without_a_keyring_the_checkbox_is_off_and_says_why(qtbot, tmp_path):
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        install_language("zh_CN")
        dialog = ServerDialog(tmp_path, "zh_CN", lambda: None)
        qtbot.addWidget(dialog)
    finally:
        keyring.set_keyring(before)
    assert not dialog.remember.isEnabled()
    tip = dialog.remember.toolTip()
    assert tip.startswith("这台电脑没有可用的系统钥匙串（") and "pgpass" in tip


def test_with_a_keyring_the_checkbox_is_offered(qtbot, tmp_path, memory_keyring):
    install_language("zh_CN")
    dialog = ServerDialog(tmp_path, "zh_CN", lambda: None)
    qtbot.addWidget(dialog)
    assert dialog.remember.isEnabled() and dialog.remember.text() == "记住密码（保存在系统钥匙串）(&R)"


def test_the_connection_test_says_whether_the_database_can_take_a_workspace(dialog, qtbot, blank_database,
                                                                            password_account):
    fill(dialog, blank_database)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: dialog.test_button.isEnabled())
    assert dialog.test_result.text().startswith("连接成功：PostgreSQL ") and "可以存放县局工作区" in \
        dialog.test_result.text()
    conninfo, password = password_account
    fill(dialog, conninfo, password + "x")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: dialog.test_button.isEnabled())
    assert dialog.test_result.text().startswith("无法连接数据库服务器（") and "password authentication failed" in \
        dialog.test_result.text()
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: dialog.test_button.isEnabled())
    assert dialog.test_result.text().startswith("连接成功")


def _menu_dialog(qtbot, shell):
    window = shell.window
    assert window.server_action.isEnabled()
    window.server_action.trigger()
    dialog = window.care.dialog
    assert isinstance(dialog, ServerDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _new_window(qtbot, shell, old):
    settle(qtbot, lambda: shell.window is not old)
    qtbot.addWidget(shell.window)
    return shell.window


def test_the_move_through_the_dialog_keeps_the_mines_and_puts_the_password_only_in_the_keyring(
        qtbot, demo_folder, private_home, password_account, memory_keyring):
    conninfo, password = password_account
    install_language("zh_CN")
    shell = Shell(Settings(private_home / "settings.ini"))
    assert shell.open(demo_folder, "zh_CN")
    old = shell.window  # not given to qtbot: the shell deletes it when it opens the next
    mines = query_ids(old.ws, MineFilter())
    dialog = _menu_dialog(qtbot, shell)
    fill(dialog, conninfo, password)
    dialog.remember.setChecked(True)
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    window = _new_window(qtbot, shell, old)
    try:
        assert dialog.result() == 1 and dialog.result_text.startswith("已把")
        saved = json.loads((demo_folder / DATABASE_FILE).read_text(encoding="utf-8"))
        assert saved["backend"] == "postgresql"
        assert conninfo_to_dict(saved["conninfo"]) == conninfo_to_dict(dialog.conninfo())
        assert "password" not in conninfo_to_dict(read_database_file(demo_folder))
        assert password not in (demo_folder / DATABASE_FILE).read_text(encoding="utf-8")
        assert not (demo_folder / DB_NAME).exists() and list((demo_folder / "backups").glob("*.sqlite"))
        assert memory_keyring.entries == {(SERVICE, server_key(dialog.conninfo())): password}
        assert window.ws.on_server and query_ids(window.ws, MineFilter()) == mines
        assert window.mine_page.model.rowCount() == len(mines)
        assert not window.server_action.isEnabled()
        assert window.server_action.toolTip() == "本工作区的数据已经在服务器上。"
    finally:
        window.close()
        shell.ws.close()


def test_a_failed_move_leaves_the_workspace_on_this_computer_and_reopens_it(qtbot, demo_folder, private_home,
                                                                             blank_database):
    from greenmine_desktop.store import postgres

    conn = postgres.connect(blank_database)
    conn.execute("CREATE TABLE payroll (name text)")  # not an empty database
    conn.close()
    install_language("zh_CN")
    shell = Shell(Settings(private_home / "settings.ini"))
    assert shell.open(demo_folder, "zh_CN")
    old = shell.window  # not given to qtbot: the shell deletes it when it opens the next
    dialog = _menu_dialog(qtbot, shell)
    fill(dialog, blank_database)
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: ok(dialog).isEnabled())
    assert dialog.error.text() == "该数据库不是空的，GreenMine 不会在其中建表；请让管理员新建一个空数据库。"
    assert shell.window is old, "the window waits for the dialog"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    window = _new_window(qtbot, shell, old)
    try:
        assert not window.ws.on_server and (demo_folder / DB_NAME).exists()
        assert not (demo_folder / DATABASE_FILE).exists()
        assert window.mine_page.model.rowCount() == 300
    finally:
        window.close()
        shell.ws.close()


def test_a_new_county_workspace_on_the_server_through_the_dialog(qtbot, demo_folder, private_home, blank_database,
                                                                 tmp_path):
    install_language("zh_CN")
    shell = Shell(Settings(private_home / "settings.ini"))
    assert shell.open(demo_folder, "zh_CN")
    old = shell.window  # not given to qtbot: the shell deletes it when it opens the next
    dialog = _menu_dialog(qtbot, shell)
    dialog.new_choice.setChecked(True)
    fill(dialog, blank_database)
    target = tmp_path / "新县局"
    dialog.county_fields.county.setText("青岚县")
    dialog.county_fields.target.setText(str(target))
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    window = _new_window(qtbot, shell, old)
    try:
        assert window.ws.folder == target and window.ws.on_server
        assert window.ws.meta("bureau") == "青岚县自然资源局" and window.mine_page.model.rowCount() == 0
        assert read_database_file(target) == make_conninfo(dialog.conninfo())
        assert (demo_folder / DB_NAME).exists(), "the open workspace is left as it was"
    finally:
        window.close()
        shell.ws.close()


def test_the_menu_item_is_not_offered_on_a_field_laptop(qtbot, tmp_path, private_home):
    with Workspace.create(tmp_path / "field", "field") as ws:
        window = show_window(qtbot, ws, private_home / "settings.ini")
        action = window.server_action
        assert action.text() == "连接服务器(&V)…" and not action.isEnabled()
        assert action.toolTip().startswith("野外笔记本的工作区只能保存在本机")
        window.close()
