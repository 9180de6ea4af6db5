"""No English left on screen in the Chinese interface: every main view is opened (the
register, inspectors, inspections with each of an inspection's five steps, the draw tab,
the start, notice and spot-check item dialogs, the menus) and every text a user can see — labels, buttons,
titles, tabs, placeholders, tooltips, list and combo entries, column headers, menu
entries — is compared with the English source texts of the translations."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
)

from greenmine_desktop.gui.item_dialog import ItemDialog
from greenmine_desktop.gui.jobs import wait_for_jobs
from greenmine_desktop.gui.notice_dialog import NoticeDialog
from tests.test_inspection_gui import start

pytestmark = pytest.mark.gui
TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "greenmine_zh_CN.ts"
ENGLISH_WORDS = re.compile(r"[A-Za-z]{3,}[ ,.:;!?'-]+[A-Za-z]{3,}")


def english_sources() -> set[str]:
    return {m.findtext("source") for m in ET.parse(TS).getroot().iter("message")}


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every text a user can read in ``root`` and its children, with where it was found."""
    found: dict[str, str] = {}

    def add(text: str, where: QWidget, what: str) -> None:
        for line in text.replace("&&", "\0").replace("&", "").replace("\0", "&").splitlines():
            if line.strip():
                found.setdefault(line.strip(), f"{type(where).__name__} {where.objectName()} {what}")

    for widget in [root, *root.findChildren(QWidget)]:
        add(widget.toolTip(), widget, "tooltip")
        add(widget.windowTitle() if widget.isWindow() else "", widget, "title")
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            add(widget.text(), widget, "text")
        if isinstance(widget, QAbstractButton | QGroupBox):
            add(widget.text() if isinstance(widget, QAbstractButton) else widget.title(), widget, "text")
        if isinstance(widget, QLineEdit):
            add(widget.placeholderText(), widget, "placeholder")
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget.tabText(i), widget, f"tab {i}")
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget.itemText(i), widget, f"entry {i}")
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                add(widget.item(i).text(), widget, f"row {i}")
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal and widget.model():
            for column in range(widget.count()):
                add(str(widget.model().headerData(column, Qt.Orientation.Horizontal) or ""), widget, f"column {column}")
        if isinstance(widget, QMenu):
            for action in widget.actions():
                add(action.text(), widget, "menu entry")
                add(action.toolTip() if action.toolTip() != action.text().replace("&", "") else "", widget,
                    "menu tooltip")
    return found


def untranslated(root: QWidget, data: tuple[str, ...] = ()) -> list[str]:
    """Texts shown as the English source, or reading as English words (once what the user
    typed, ``data``, is taken out)."""
    sources = english_sources()
    problems = []
    for text, where in visible_texts(root).items():
        rest = text
        for typed in data:
            rest = rest.replace(typed, "")
        if text in sources or ENGLISH_WORDS.search(rest):
            problems.append(f"{text!r} ({where})")
    return sorted(problems)


def test_the_main_views_and_menus_show_no_english(inspection_window, qtbot):
    window = inspection_window
    assert window.tabs.count() == 6  # county: register, inspectors, inspections, draws, follow-up, statistics
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        wait_for_jobs()
        qtbot.wait(10)
        problems += untranslated(window)
    assert not problems, problems


def test_each_step_of_an_inspection_and_its_dialogs_show_no_english(inspection_window, qtbot):
    view = start(inspection_window, qtbot)  # the representative is typed in as "Zhao Jun"
    problems = untranslated(inspection_window.inspection_page.dialog)
    for step in range(view.steps.count()):
        view.steps.setCurrentIndex(step)
        qtbot.wait(10)
        problems += untranslated(inspection_window, data=("Zhao Jun",))
    view.answer("env.tidy", 0)  # a finding, so the notice has something to say
    qtbot.waitUntil(lambda: not view.pending)
    notice = NoticeDialog(view.session.ws, view.session.id, "zh_CN", "王建国", view)
    problems += untranslated(notice)
    notice.close()
    items = ItemDialog(view.session.ws, "王建国", inspection_window)
    problems += untranslated(items)
    items.close()
    assert not problems, problems


def test_the_check_catches_a_string_left_in_english(inspection_window):
    """The check itself: a label shown with an English source text is reported."""
    label = QLabel("Mine register", inspection_window)
    other = QLabel("Boundary checked later", inspection_window)  # never put through tr() at all
    found = untranslated(inspection_window)
    assert any("'Mine register'" in f for f in found) and any("'Boundary checked later'" in f for f in found)
    label.deleteLater()
    other.deleteLater()
