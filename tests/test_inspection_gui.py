"""A whole inspection walked with the keyboard, signed, and edited afterwards (a revision
is made; the signed one stays as it was)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from greenmine_desktop.domain.checklist import Kind
from greenmine_desktop.services.inspections import InspectionSession
from greenmine_desktop.store.audit import verify_chain
from greenmine_desktop.store.workspace import Workspace

pytestmark = pytest.mark.gui
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(inspection_window):
    return inspection_window


def start(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = window.inspection_page.dialog
    assert dialog.isVisible() and "（抽中）" in dialog.mine.currentText()
    ticked = [dialog.team.item(r) for r in range(dialog.team.count())
              if dialog.team.item(r).checkState() == Qt.CheckState.Checked]
    assert len(ticked) == 2  # the drawn team of the drawn mine
    qtbot.keyClicks(dialog.representative, "Zhao Jun")
    qtbot.keyClick(dialog.representative, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # once the job has stored it
    window.activateWindow()  # offscreen has no window manager to hand activation back from the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window.inspection_page.view


def test_starting_needs_two_inspectors(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = window.inspection_page.dialog
    for r in range(dialog.team.count()):
        dialog.team.item(r).setCheckState(Qt.CheckState.Unchecked)
    dialog.team.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.representative, "Zhao Jun")
    qtbot.keyClick(dialog.representative, Qt.Key.Key_Return)
    assert dialog.isVisible() and "至少需要 2 名" in dialog.error.text()
    assert window.ws.conn.execute("SELECT count(*) FROM inspection").fetchone()[0] == 0


def written(view, qtbot) -> None:
    """Wait until the edits made in ``view`` are written by the job thread."""
    qtbot.waitUntil(lambda: not view.pending, timeout=10_000)


def answer_by_keyboard(view, qtbot, fail: set[str]) -> None:
    form = view.form
    for row, item in enumerate(view.items):
        assert view.item_list.currentRow() == row
        if item.kind in (Kind.pass_fail, Kind.choice):
            qtbot.keyClick(form, Qt.Key.Key_2 if item.id in fail else Qt.Key.Key_1)
        elif item.kind == Kind.points:
            if item.id in fail:  # the value is selected: typing replaces it
                qtbot.keyClicks(form.points, "10")
            qtbot.keyClick(form.points, Qt.Key.Key_Return)  # full marks is the default
        else:
            qtbot.keyClicks(form.value, "100" if item.kind == Kind.number else "ok")
            qtbot.keyClick(form.value, Qt.Key.Key_Return)


def draw_signature(pad) -> None:
    points = [QPointF(30 + 12 * i, 60 + (i % 3) * 10) for i in range(15)]
    def send(kind, point, buttons):
        event = QMouseEvent(kind, point, pad.mapToGlobal(point), Qt.MouseButton.LeftButton, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(pad, event)
    send(QEvent.Type.MouseButtonPress, points[0], Qt.MouseButton.LeftButton)
    for point in points[1:]:
        send(QEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton)


def test_walk_sign_and_revise_with_the_keyboard(window, qtbot):
    view = start(window, qtbot)
    first_id = view.session.id
    answer_by_keyboard(view, qtbot, fail={"env.dumps"})
    written(view, qtbot)
    # every answer is committed: another connection reads them all
    with Workspace.open(window.ws.folder) as other:
        stored = InspectionSession(other, first_id)
        assert len(stored.answers) == len(view.items) and stored.score().unanswered == ()
    assert view.progress.text().endswith("剩余 0 项")
    assert QApplication.focusWidget() is view.form.points  # the last item takes points
    qtbot.keyClick(view.form.points, Qt.Key.Key_PageUp)
    assert view.item_list.currentRow() == len(view.items) - 2

    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # findings
    assert view.steps.currentIndex() == 1 and view.findings.rowCount() == 1
    view.findings.item(0, 1).setText("15日内完成排土场边坡整治")
    written(view, qtbot)
    assert InspectionSession(window.ws, first_id).findings["env.dumps"].requirement == "15日内完成排土场边坡整治"

    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # review
    assert "通过" in view.review.text() and "尚未签字" in view.review.text()

    qtbot.keyClick(view, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # signatures
    boxes = list(view.signing.boxes.values())
    assert len(boxes) == 3
    qtbot.mouseClick(boxes[0].sign_button, Qt.MouseButton.LeftButton)  # a blank pad is refused
    assert "空白" in view.signing.error.text()
    for box in boxes:
        draw_signature(box.pad)
        qtbot.mouseClick(box.sign_button, Qt.MouseButton.LeftButton)
    assert all(box.state.text() == "已签名 ✓" for box in boxes)
    qtbot.keyClick(view.signing, Qt.Key.Key_S, CTRL | SHIFT)
    written(view, qtbot)
    signed = InspectionSession(window.ws, first_id)
    assert signed.meta.status == "signed" and signed.signature_image("inspector", boxes[0].person)[:4] == b"\x89PNG"
    assert view.banner.isVisible()

    # Afterwards: change the first answer with the keyboard → revision 2; revision 1 unchanged.
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    view.item_list.setCurrentRow(0)
    qtbot.keyClick(view.form, Qt.Key.Key_2)
    written(view, qtbot)
    assert view.session.meta.revision == 2 and view.session.answers["pre.licences"] == "fail"
    old = InspectionSession(window.ws, first_id)
    assert old.meta.status == "superseded" and old.answers["pre.licences"] == "pass" and old.digest() == signed.digest()
    assert window.inspection_page.table.rowCount() == 2
    assert "修订" in window.statusBar().currentMessage()
    assert verify_chain(window.ws.conn).ok


def test_a_note_is_kept_when_moving_on(window, qtbot):
    view = start(window, qtbot)
    qtbot.keyClicks(view.form.note, "north dump unfenced")
    qtbot.keyClick(view.form.note, Qt.Key.Key_PageDown)
    assert view.item_list.currentRow() == 1
    written(view, qtbot)
    assert InspectionSession(window.ws, view.session.id).notes[view.items[0].id] == "north dump unfenced"


def test_a_note_is_kept_when_another_item_is_clicked(window, qtbot):
    view = start(window, qtbot)
    qtbot.keyClicks(view.form.note, "gate sign missing")
    view.item_list.setCurrentRow(5)  # as a mouse click on the list does; the list takes no focus
    written(view, qtbot)
    assert InspectionSession(window.ws, view.session.id).notes[view.items[0].id] == "gate sign missing"
    assert view.form.note.text() == ""


def test_a_reopened_signed_inspection_shows_its_signatures_read_only(inspected, qtbot, private_home):
    """Reopened, a signed inspection showed empty pads and 清除 buttons that did nothing."""
    from PySide6.QtGui import QColor, QImage

    from tests.conftest import show_window

    ws, session = inspected
    window = show_window(qtbot, ws, private_home / "settings.ini")
    window.resize(1280, 800)
    window.tabs.setCurrentWidget(window.inspections_tab)
    page = window.inspection_page
    qtbot.waitUntil(lambda: page.table.viewport().width() > 300)
    for column in (2, 3):  # 版次 and 状态 were cut off by a long mine name
        assert page.table.columnViewportPosition(column) + page.table.columnWidth(column) \
            <= page.table.viewport().width()
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
               == session.id)
    page.table.selectRow(row)
    view = page.view
    assert view.session.id == session.id and view.session.meta.status == "signed"
    view.steps.setCurrentWidget(view.signing)
    for member in session.header.team:
        box = view.signing.boxes[("inspector", member.name)]
        assert box.pad.has_stored() and box.state.text() == "已签名 ✓"
        image = QImage.fromData(box.pad.to_png())
        inked = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
                    if QColor(image.pixel(x, y)).blue() > QColor(image.pixel(x, y)).red() + 40)
        assert inked > 10  # the stored strokes, in ink, not a blank pad
        assert not box.clear_button.isEnabled() and not box.sign_button.isEnabled()
        assert not box.pad.isEnabled()
    representative = view.signing.boxes[("representative", session.header.representative)]
    assert representative.refused.isChecked() and representative.witness.text() == "村委会李主任"
    assert not representative.clear_button.isEnabled() and not representative.refused.isEnabled()
    window.close()


def test_only_the_answer_fields_of_the_shown_item_are_visible(window, qtbot):
    """A pass/fail item showed a stray "0.0" spin box, and points items a blank box over
    the group line: the kept answer fields floated outside the answer row."""
    view = start(window, qtbot)
    form = view.form
    kinds = {}
    for row, item in enumerate(view.items):
        kinds.setdefault(item.kind, row)
    for kind, row in list(kinds.items()) + list(kinds.items()):  # each kind after every other
        view.item_list.setCurrentRow(row)
        shown = {name for name, field in (("points", form.points), ("value", form.value), ("unit", form.unit))
                 if field.isVisible()}
        expected = {Kind.points: {"points"}, Kind.number: {"value", "unit"}, Kind.text: {"value"}}.get(kind, set())
        assert shown == expected, (kind, shown)
        for field in (form.points, form.value):
            if field.isVisible():
                assert field.geometry().top() > form.text.geometry().bottom()  # in the answer row, below the text
