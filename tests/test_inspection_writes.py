"""Inspection edits made in the window are written by the job thread, never through the
GUI's own connection (which refuses writes), in the order they were made, and none is
lost: reopened, closed at once, typed quickly."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from greenmine_desktop.domain.checklist import Kind
from greenmine_desktop.services.inspections import InspectionSession, start_inspection
from greenmine_desktop.store import audit
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import demo_header, show_window
from tests.test_inspection_gui import answer_by_keyboard, draw_signature, start, written

pytestmark = pytest.mark.gui


@pytest.fixture
def writers(monkeypatch):
    """The thread of every audit row the app writes: each edit writes one with its change."""
    seen: list[tuple[str, str | None, int]] = []
    append = audit.append

    def recording(conn, actor, action, entity, entity_id, field=None, *args, **kwargs):
        seen.append((entity, field, threading.get_ident()))
        return append(conn, actor, action, entity, entity_id, field, *args, **kwargs)

    monkeypatch.setattr(audit, "append", recording)
    return seen


def stored(folder, inspection_id: int) -> InspectionSession:
    """The inspection as another connection reads it from disk."""
    return InspectionSession(Workspace.open(folder), inspection_id)


def test_the_guis_own_connection_refuses_writes(inspection_window):
    ws = inspection_window.ws
    assert ws.conn.execute("SELECT count(*) FROM mine").fetchone()[0] > 0  # it reads
    # SQLite: "attempt to write a readonly database"; PostgreSQL: "… in a read-only transaction"
    with pytest.raises(Exception, match="read-?only"):
        ws.conn.execute("UPDATE mine SET name = name")
    with pytest.raises(Exception, match="read-?only"):
        start_inspection(ws, demo_header(ws), "王建国")  # a service writing through it fails loudly too
    assert ws.conn.execute("SELECT count(*) FROM inspection").fetchone()[0] == 0


def test_answer_note_finding_and_signature_are_written_on_the_job_thread(inspection_window, qtbot, writers):
    view = start(inspection_window, qtbot)
    gui = threading.get_ident()
    qtbot.keyClick(view.form, Qt.Key.Key_2)  # the first item fails: a finding opens
    view.item_list.setCurrentRow(1)
    qtbot.keyClicks(view.form.note, "north gate unmarked")
    qtbot.keyClick(view.form.note, Qt.Key.Key_Return)
    view.steps.setCurrentIndex(1)
    view.findings.item(0, 1).setText("7日内补办")
    view.steps.setCurrentWidget(view.signing)
    box = next(iter(view.signing.boxes.values()))
    draw_signature(box.pad)
    qtbot.mouseClick(box.sign_button, Qt.MouseButton.LeftButton)
    assert box.state.text() == "已签名 ✓"  # shown at once, while the job writes it
    written(view, qtbot)

    first = view.items[0].id
    on_disk = stored(inspection_window.ws.folder, view.session.id)
    assert on_disk.answers[first] == "fail" and on_disk.notes[view.items[1].id] == "north gate unmarked"
    assert on_disk.findings[first].requirement == "7日内补办"
    assert [(s.role, s.person) for s in on_disk.signatures] == [(box.role, box.person)]
    assert on_disk.signature_image(box.role, box.person)[:4] == b"\x89PNG"
    edits = [(entity, thread) for entity, _, thread in writers if entity != "inspection"]
    assert {entity for entity, _ in edits} == {"answer", "note", "finding", "signature"}
    assert all(thread != gui for _, thread in edits)
    assert len({thread for _, thread in edits}) == 1  # the one job thread


def test_twenty_answers_typed_quickly_land_in_order(inspection_window, qtbot, writers):
    view = start(inspection_window, qtbot)
    gui = threading.get_ident()
    answer_by_keyboard_until(view, qtbot, 20)  # no wait between the keys
    typed = [item.id for item in view.items[:20]]
    assert view.item_list.currentRow() == 20 and list(view.session.answers) == typed  # shown at every key
    written(view, qtbot)
    with Workspace.open(inspection_window.ws.folder) as other:
        fields = [r[0] for r in other.conn.execute("SELECT field FROM audit_log WHERE entity = 'answer' ORDER BY seq")]
        assert fields == typed  # the audit rows in the order typed
        assert InspectionSession(other, view.session.id).answers == view.session.answers
    assert all(thread != gui for entity, _, thread in writers if entity == "answer")


def test_an_edit_survives_the_window_closed_right_after_it(inspection_window, qtbot, writers):
    view = start(inspection_window, qtbot)
    folder, inspection_id, first = inspection_window.ws.folder, view.session.id, view.items[0].id
    qtbot.keyClick(view.form, Qt.Key.Key_2)
    qtbot.keyClicks(view.form.note, "dust over the road")
    view.form.commit_note()
    inspection_window.close()  # at once: the close waits for the edits queued
    on_disk = stored(folder, inspection_id)
    assert on_disk.answers[first] == "fail" and on_disk.notes[view.items[1].id] == "dust over the road"
    assert all(thread != threading.get_ident() for entity, _, thread in writers if entity in ("answer", "note"))


def test_edit_close_reopen_edit_sign_reopen(demo_folder, qtbot, private_home, tmp_path):
    """Over time, as an inspector works: every edit is there when the inspection is opened
    again, and once signed it shows its signatures with nothing left to change them."""
    with Workspace.open(demo_folder) as setup:
        inspection_id = start_inspection(setup, demo_header(setup), "王建国").id

    def open_window(name: str):
        ws = Workspace.open(demo_folder)
        window = show_window(qtbot, ws, private_home / f"{name}.ini")
        window.tabs.setCurrentWidget(window.inspections_tab)
        page = window.inspection_page
        page.table.selectRow(next(r for r in range(page.table.rowCount())
                                  if page.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == inspection_id))
        return ws, window, page.view

    ws, window, view = open_window("first")
    half = len(view.items) // 2
    answer_by_keyboard_until(view, qtbot, half)
    qtbot.keyClicks(view.form.note, "half done before lunch")
    qtbot.keyClick(view.form.note, Qt.Key.Key_Return)
    window.close()
    ws.close()

    ws, window, view = open_window("second")
    assert len(view.session.answers) == half and view.session.notes[view.items[half].id] == "half done before lunch"
    assert view.progress.text().startswith(f"已检查 {half} / ")
    view.item_list.setCurrentRow(0)
    answer_by_keyboard(view, qtbot, fail={"env.dumps"})
    view.steps.setCurrentWidget(view.signing)
    for box in view.signing.boxes.values():
        draw_signature(box.pad)
        qtbot.mouseClick(box.sign_button, Qt.MouseButton.LeftButton)
    view.sign_off()
    assert view.banner.isVisible()  # shown signed at once
    people = list(view.signing.boxes)
    window.close()
    ws.close()

    ws, window, view = open_window("third")
    assert view.session.meta.status == "signed" and view.session.score().unanswered == ()
    assert "env.dumps" in view.session.findings
    view.steps.setCurrentWidget(view.signing)
    assert list(view.signing.boxes) == people
    for box in view.signing.boxes.values():
        assert box.pad.has_stored() and box.state.text() == "已签名 ✓"
        assert not any(c.isEnabled() for c in (box.sign_button, box.clear_button, box.pad))
    assert not view.signing.sign_off_button.isEnabled()
    window.close()
    ws.close()


def answer_by_keyboard_until(view, qtbot, count: int, pause_ms: int = 0, start: int = 0) -> None:
    """Answer the items from ``start`` up to ``count`` with their first choice or full
    marks, ``pause_ms`` apart (the event loop runs meanwhile)."""
    for row, item in enumerate(view.items[start:count], start=start):
        if pause_ms:
            qtbot.wait(pause_ms)
        assert view.item_list.currentRow() == row
        if item.kind in (Kind.pass_fail, Kind.choice):
            qtbot.keyClick(view.form, Qt.Key.Key_1)
        elif item.kind == Kind.points:
            qtbot.keyClick(view.form.points, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(view.form.value, "100" if item.kind == Kind.number else "ok")
            qtbot.keyClick(view.form.value, Qt.Key.Key_Return)


def test_a_write_refused_by_the_database_is_said_and_the_stored_state_shown(inspection_window, qtbot):
    """Signed meanwhile on another connection: the answer shown at once is refused by the
    job, which says so; the view then shows the inspection as stored (signed, unchanged)."""
    view = start(inspection_window, qtbot)
    with Workspace.open(inspection_window.ws.folder) as other:  # frozen behind the view's back
        other.conn.execute("UPDATE inspection SET status = 'signed', signed_at = '2026-11-23T10:00:00Z' "
                           "WHERE id = ?", [view.session.id])
    qtbot.keyClick(view.form, Qt.Key.Key_2)
    assert view.session.answers  # shown at once
    written(view, qtbot)
    assert view.form.error.text() == "这次检查已签字确认，不能再修改；修改会生成新的修订版。"
    assert view.session.meta.status == "signed" and not view.session.answers and view.banner.isVisible()
    assert not stored(inspection_window.ws.folder, view.session.id).answers
