"""Photos in the inspection window: added to an item in the background, the gallery and
the map, a photo without GPS placed by hand, files dropped on the inspection."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from greenmine_desktop.domain.photo import Flag
from greenmine_desktop.gui.jobs import wait_for_jobs
from greenmine_desktop.photos.print_copy import copy_path
from greenmine_desktop.services.inspections import InspectionSession
from greenmine_desktop.store.workspace import Workspace
from tests.photo_factory import lat_lon, write_jpeg
from tests.test_inspection_gui import start

pytestmark = pytest.mark.gui


def _wait(qtbot, view, count):
    wait_for_jobs()
    qtbot.waitUntil(lambda: len(view.session.photos) == count)
    window = view.window()
    window.activateWindow()  # the progress dialog took the activation (offscreen has no window manager)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_photos_for_an_item_the_gallery_the_map_and_placing_by_hand(inspection_window, qtbot, tmp_path):
    view = start(inspection_window, qtbot)
    mine = view.mine
    part = mine.parts[0]
    lat, lon = lat_lon(mine.epsg, sum(c.x for c in part.corners) / len(part.corners),
                       sum(c.y for c in part.corners) / len(part.corners))
    inside = write_jpeg(tmp_path / "inside.jpg", seed=51, lat=lat, lon=lon, taken=None)
    far = write_jpeg(tmp_path / "far.jpg", seed=52, lat=lat + 0.05, lon=lon)
    no_gps = write_jpeg(tmp_path / "nogps.jpg", seed=53, taken=None)
    dumps = next(r for r, i in enumerate(view.items) if i.id == "env.dumps")
    view.item_list.setCurrentRow(dumps)
    view.add_photos([inside, far], "env.dumps")
    _wait(qtbot, view, 2)
    assert set(view.session.photos.values()) == {"env.dumps"}
    assert "照片：2" in view.form.photos.text() and "需 2 张" in view.form.photos.text()
    assert "已添加 2 张" in inspection_window.statusBar().currentMessage()
    wait_for_jobs()  # the print-size copies for the report are made quietly in the background
    for sha256 in view.session.photos:
        with Image.open(copy_path(view.session.ws.folder, sha256)) as printed:
            assert printed.size == (640, 480)  # never enlarged

    view.add_photos([no_gps], "")
    _wait(qtbot, view, 3)
    qtbot.keyClick(view, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    panel = view.photos
    assert panel.gallery.count() == 3 and len(panel.map._points) == 2  # no point for the one without GPS
    assert "1 张有疑问" in panel.summary.text() or "2 张有疑问" in panel.summary.text()
    far_sha = next(s for s, c in panel.checked.items() if c.photo.original_name == "far.jpg")
    panel.map.photoClicked.emit(far_sha)  # a click on its point opens the photo
    assert panel.gallery.currentItem().data(Qt.ItemDataRole.UserRole) == far_sha
    assert "范围外" in panel.details.text() and "超出矿区范围" in panel.details.text()
    assert panel.viewer.isVisible() and panel.viewer.windowTitle() == "far.jpg"
    [pixmap] = [label.pixmap() for label in panel.viewer.findChildren(QLabel) if not label.pixmap().isNull()]
    assert (pixmap.width(), pixmap.height()) == (640, 480)
    panel.viewer.close()

    nogps_sha = next(s for s, c in panel.checked.items() if c.photo.original_name == "nogps.jpg")
    panel.select(nogps_sha)
    assert panel.place_button.isVisible()
    qtbot.mouseClick(panel.place_button, Qt.MouseButton.LeftButton)
    centre = panel.map.viewport().rect().center()
    qtbot.mouseClick(panel.map.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: not view.pending)  # placed by the job thread
    placed = {c.photo.original_name: c for c in InspectionSession(view.session.ws, view.session.id).checked_photos()}
    assert Flag.placed_by_hand in placed["nogps.jpg"].flags and placed["nogps.jpg"].photo.meta.lat is None
    assert len(panel.map._points) == 3


def test_files_dropped_on_the_inspection_are_added_to_the_current_item(inspection_window, qtbot, tmp_path):
    view = start(inspection_window, qtbot)
    view.item_list.setCurrentRow(6)
    photo = write_jpeg(tmp_path / "drop.jpg", seed=61)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    view.dropEvent(drop)  # offscreen Qt delivers drops only inside a real drag; the handler is ours
    assert drop.isAccepted()
    _wait(qtbot, view, 1)
    assert list(view.session.photos.values()) == [view.items[6].id]


def test_the_record_is_exported_as_pdf_from_the_review(inspection_window, qtbot):
    view = start(inspection_window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert view.export_button.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_for_jobs()
    qtbot.waitUntil(lambda: view.pdf is not None)
    assert view.pdf.is_file() and view.pdf.parent == view.session.ws.folder / "reports"
    assert str(view.pdf) in inspection_window.statusBar().currentMessage()
    assert view.open_button.isVisible() and view.sign_pdf_button.isVisible() and view.print_button.isVisible()
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from greenmine_desktop.gui.print_preview import paint_pdf

    view.print_pdf()
    assert view.print_dialog.isVisible()
    view.print_dialog.close()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(view.pdf.with_name("printed.pdf")))
    pages = len(PdfReader(view.pdf).pages)
    assert paint_pdf(view.pdf, printer) == pages == len(PdfReader(view.pdf.with_name("printed.pdf")).pages)
    from greenmine_desktop.services import keys
    from greenmine_desktop.services.pdf_signing import pdf_problems

    ws = view.session.ws
    with Workspace.open(ws.folder) as keeper:  # the key keeper's own connection: the window's only reads
        keys.create_county_ca(keeper, "root-passphrase")
        p12 = ws.folder / "keys" / "me.p12"
        keys.issue_inspector(keeper, view.session.header.team[0].badge_no, "root-passphrase", "my-passphrase", p12)
    view.sign_pdf_with(p12, "wrong-passphrase")
    wait_for_jobs()
    qtbot.waitUntil(lambda: "口令不正确" in inspection_window.statusBar().currentMessage())
    view.sign_pdf_with(p12, "my-passphrase")
    wait_for_jobs()
    qtbot.waitUntil(lambda: "已签名" in inspection_window.statusBar().currentMessage())
    assert pdf_problems(view.pdf, keys.root_certificate(ws))[1] == []


def test_notice_and_referrals_are_issued_from_a_signed_inspection(inspection_window, qtbot):
    from tests.conftest import full_marks_answer

    view = start(inspection_window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert not view.notice_button.isEnabled()  # not before sign-off
    other = Workspace.open(view.session.ws.folder)  # finished elsewhere (the window's connection only reads)
    session = InspectionSession(other, view.session.id)
    for item in session.template.items:
        session.set_answer(item.id, full_marks_answer(item), "王建国")
    session.set_answer("env.tidy", 10, "王建国")
    session.set_answer("env.enclosed", 10, "王建国")
    for member in session.header.team:
        session.sign("inspector", member.name, b"\x89PNG", member.name)
    session.sign("representative", session.header.representative, b"\x89PNG", "x")
    session.sign_off("王建国")
    other.close()
    view.session = InspectionSession(view.session.ws, view.session.id)
    view.refresh()
    assert view.notice_button.isEnabled()
    view.issue_notice()
    dialog = view.notice_dialog
    dialog.days.setValue(15)
    dialog.accept()
    wait_for_jobs()
    qtbot.waitUntil(lambda: dialog.issued is not None)
    assert not dialog.isVisible() and dialog.issued.path.is_file()
    assert dialog.issued.number in inspection_window.statusBar().currentMessage()
    view.issue_referrals()
    wait_for_jobs()
    qtbot.waitUntil(lambda: "移〔" in inspection_window.statusBar().currentMessage())
    assert view.pdf.is_file() and str(view.pdf) in inspection_window.statusBar().currentMessage()
    assert view.open_button.isVisible() and view.print_button.isVisible()


def test_the_photo_metadata_scrolls_to_its_checks_on_a_laptop_screen(inspection_window, qtbot, tmp_path):
    """Walkthrough: squeezed under the map (a laptop screen), the metadata's last rows (the
    checks) were cut off with no way to reach them."""
    from PySide6.QtWidgets import QSplitter

    view = start(inspection_window, qtbot)
    far = write_jpeg(tmp_path / "far.jpg", seed=61, lat=0.5, lon=100.0)
    view.add_photos([far], "env.enclosed")
    _wait(qtbot, view, 1)
    qtbot.keyClick(view, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    panel = view.photos
    panel.select(next(iter(panel.checked)))
    label = panel.details
    assert "超出矿区范围" in label.text()
    below_the_map = next(s for s in panel.findChildren(QSplitter) if s.orientation() == Qt.Orientation.Vertical)
    below_the_map.setSizes([below_the_map.height() - 80, 80])  # what a 768-pixel screen leaves it
    QApplication.processEvents()
    assert label.height() >= label.heightForWidth(label.width())  # the whole table, none of it cut off
    scroll = panel.details_area.verticalScrollBar()
    assert scroll.maximum() > 0
    scroll.setValue(scroll.maximum())  # the last row, the checks, can be scrolled to
    QApplication.processEvents()
    assert label.mapTo(panel.details_area, label.rect().bottomLeft()).y() <= panel.details_area.height()
