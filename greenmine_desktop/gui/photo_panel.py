"""The photos step of an inspection: the gallery, the map, and what each photo's checks say.

Photos come in through the Add button (Ctrl+P), a camera card folder, or by dropping
files on the inspection; a photo without GPS can be placed by hand on the map and stays
marked as placed by hand. Double-click opens the photo with its metadata.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from greenmine_desktop.domain.mine import Mine
from greenmine_desktop.domain.photo import SERIOUS, Flag
from greenmine_desktop.gui.photo_map import PhotoMap
from greenmine_desktop.photos.reader import preview
from greenmine_desktop.services.photo_checks import CheckedPhoto, thumbnail
from greenmine_desktop.store.workspace import Workspace

SHA = Qt.ItemDataRole.UserRole


class PhotosPanel(QWidget):
    addRequested = Signal()
    placed = Signal(str, float, float)  # sha256, easting, northing

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.checked: dict[str, CheckedPhoto] = {}
        self.item_titles: dict[str, str] = {}
        self.flag_names = {
            Flag.no_gps: self.tr("no GPS"), Flag.outside: self.tr("outside the boundary"),
            Flag.near: self.tr("near the boundary"), Flag.boundary_unchecked: self.tr("boundary not comparable"),
            Flag.outside_time: self.tr("taken outside the inspection time"),
            Flag.camera_time: self.tr("camera clock, zone unknown"), Flag.edited: self.tr("edited"),
            Flag.reused: self.tr("same scene used elsewhere"),
            Flag.metadata_unreadable: self.tr("metadata unreadable"), Flag.placed_by_hand: self.tr("placed by hand"),
            Flag.gps_invalid: self.tr("invalid GPS"),
        }
        self.gallery = QListWidget(self)
        self.gallery.setViewMode(QListWidget.ViewMode.IconMode)
        self.gallery.setIconSize(QSize(150, 150))
        self.gallery.setGridSize(QSize(176, 196))
        self.gallery.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.gallery.setWordWrap(True)
        self.gallery.currentItemChanged.connect(self._selected)
        self.gallery.itemActivated.connect(lambda item: self.open_viewer(item.data(SHA)))
        self.map = PhotoMap(self)
        self.map.basemap_folder = ws.folder
        self.map.photoClicked.connect(self._point_clicked)
        self.map.placed.connect(self.placed)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(self)
        add = QPushButton(self.tr("Add photos… (Ctrl+P)"), self)
        add.clicked.connect(self.addRequested)
        self.place_button = QPushButton(self.tr("Place on the map"), self)
        self.place_button.clicked.connect(self._start_placing)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.place_button)
        buttons.addWidget(add)
        # The metadata scrolls: squeezed under the map on a laptop screen, its last rows (the
        # checks, what an inspector most needs to see) were cut off.
        self.details_area = QScrollArea(self)
        self.details_area.setWidgetResizable(True)
        self.details_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.details_area.setWidget(self.details)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.map)
        right.addWidget(self.details_area)
        right.setSizes([420, 200])
        split = QSplitter(self)
        split.addWidget(self.gallery)
        split.addWidget(right)
        split.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)

    def flags_text(self, checked: CheckedPhoto) -> str:
        return "、".join(self.flag_names[f] for f in checked.flags)

    def show_photos(self, mine: Mine | None, photos: list[CheckedPhoto], item_titles: dict[str, str],
                    editable: bool) -> None:
        current = self.gallery.currentItem().data(SHA) if self.gallery.currentItem() else None
        self.checked = {c.photo.meta.sha256: c for c in photos}
        self.item_titles = item_titles
        whole = self.tr("whole inspection")
        self.gallery.blockSignals(True)
        self.gallery.clear()
        for checked in photos:
            sha = checked.photo.meta.sha256
            pixmap = QPixmap()
            pixmap.loadFromData(thumbnail(self.ws, sha))
            marks = "⚠ " if set(checked.flags) & SERIOUS else ""
            label = marks + item_titles.get(checked.item_id, whole)[:14]
            entry = QListWidgetItem(QIcon(pixmap), label, self.gallery)
            entry.setData(SHA, sha)
            entry.setToolTip(self.flags_text(checked) or checked.photo.original_name)
        self.gallery.blockSignals(False)
        self.map.show_photos(mine, photos)
        doubtful = sum(bool(set(c.flags) & SERIOUS) for c in photos)
        self.summary.setText(self.tr("%1 photo(s), %2 with doubts").replace("%1", str(len(photos)))
                             .replace("%2", str(doubtful)))
        self.place_button.setEnabled(editable)
        self.select(current if current in self.checked else (photos[0].photo.meta.sha256 if photos else None))

    def _point_clicked(self, sha256: str) -> None:
        self.select(sha256)
        self.open_viewer(sha256)

    def select(self, sha256: str | None) -> None:
        for row in range(self.gallery.count()):
            if self.gallery.item(row).data(SHA) == sha256:
                self.gallery.setCurrentRow(row)
                return
        self._show_details(None)

    def _selected(self, current: QListWidgetItem | None, _previous=None) -> None:
        self._show_details(current.data(SHA) if current else None)

    def _show_details(self, sha256: str | None) -> None:
        self.map.highlight(sha256)
        checked = self.checked.get(sha256 or "")
        if checked is None:
            self.details.setText(self.tr("No photo selected."))
            return
        meta, photo = checked.photo.meta, checked.photo
        position = self.tr("not known")
        if photo.position:
            lat, lon = photo.position
            position = f"{lat:.6f}, {lon:.6f}" + (f", {meta.alt:g} m" if meta.alt is not None else "")
        boundary = ""
        if checked.boundary is not None:
            names = {"inside": self.tr("inside"), "near": self.tr("near"), "outside": self.tr("outside"),
                     "unchecked": self.tr("not comparable")}
            boundary = names[checked.boundary.status]
            if checked.boundary.distance_m:
                boundary += self.tr(", %1 m outside").replace("%1", f"{checked.boundary.distance_m:.0f}")
        rows = [
            (self.tr("File"), photo.original_name), (self.tr("Item"), self.item_titles.get(checked.item_id, "—")),
            (self.tr("Taken"), (meta.taken_at or "—").replace("T", " ")),
            (self.tr("Position"), position + ("（" + self.flag_names[Flag.placed_by_hand] + "）"
                                              if photo.placed_by_hand else "")),
            (self.tr("Boundary"), boundary or "—"), (self.tr("Camera"), f"{meta.make} {meta.model}".strip() or "—"),
            (self.tr("Size"), f"{meta.width} × {meta.height}"), ("SHA-256", meta.sha256[:12] + "…"),
            (self.tr("Checks"), self.flags_text(checked) or "✓"),
        ]
        self.details.setText("<table cellpadding=2>" + "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>"
                                                               for k, v in rows) + "</table>")
        self.place_button.setVisible(not meta.has_gps)

    def _start_placing(self) -> None:
        current = self.gallery.currentItem()
        if current is not None:
            self.map.start_placing(current.data(SHA))
            self.summary.setText(self.tr("Click on the map where the photo was taken."))

    def open_viewer(self, sha256: str) -> None:
        checked = self.checked[sha256]
        viewer = QDialog(self)
        viewer.setWindowTitle(checked.photo.original_name)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        image = QLabel(viewer)
        pixmap = QPixmap()
        pixmap.loadFromData(preview(self.ws.folder / checked.photo.stored_as))
        image.setPixmap(pixmap)
        scroll = QScrollArea(viewer)
        scroll.setWidget(image)
        info = QLabel(self.details.text(), viewer)
        info.setWordWrap(True)
        layout = QHBoxLayout(viewer)
        layout.addWidget(scroll, 3)
        layout.addWidget(info, 1)
        viewer.resize(1200, 800)
        viewer.open()
        self.viewer = viewer
