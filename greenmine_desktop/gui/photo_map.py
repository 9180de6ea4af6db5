"""The boundary with the photo points on it, over the laptop's offline basemap (tiles
from the assignment package, never from the network).

Points are coloured by their boundary check; a click on one selects its photo. The
inspector's own position is the GPS fix of the latest photo that has one, drawn as a
ring. In placing mode the next click puts a photo without GPS where the inspector says
it was taken.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem

from greenmine_desktop.domain.mine import Mine
from greenmine_desktop.geo.photo_position import project
from greenmine_desktop.gui.boundary_view import BoundaryView
from greenmine_desktop.services.photo_checks import CheckedPhoto

STATUS_COLOURS = {"inside": "#2e7d32", "near": "#ef8f00", "outside": "#c62828", "unchecked": "#757575"}
HAND_COLOUR = "#5c6bc0"
HERE_COLOUR = "#0277bd"
SHA = 0  # QGraphicsItem data key


class PhotoMap(BoundaryView):
    photoClicked = Signal(str)  # sha256
    placed = Signal(str, float, float)  # sha256, easting, northing

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.mine: Mine | None = None
        self.placing: str | None = None
        self._points: dict[str, QGraphicsEllipseItem] = {}
        self.here: QGraphicsEllipseItem | None = None

    def show_photos(self, mine: Mine | None, photos: list[CheckedPhoto]) -> None:
        self.mine = mine
        self.set_mine(mine)
        self._points = {}
        if mine is None:
            return
        for checked in photos:
            position = checked.photo.position
            if position is None or checked.boundary is None:
                continue
            easting, northing = project(mine.epsg, *position)
            colour = HAND_COLOUR if checked.photo.placed_by_hand else STATUS_COLOURS[checked.boundary.status]
            dot = self.scene().addEllipse(-6, -6, 12, 12, QPen(QColor("white"), 1.5), QBrush(QColor(colour)))
            dot.setPos(easting, -northing)
            dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            dot.setData(SHA, checked.photo.meta.sha256)
            dot.setToolTip(checked.photo.original_name)
            dot.setZValue(10)
            self._points[checked.photo.meta.sha256] = dot
        self._mark_here(mine, photos)
        self._has_shape = bool(mine.parts)
        self._fit()

    def _mark_here(self, mine: Mine, photos: list[CheckedPhoto]) -> None:
        """Where the inspector stood last: the GPS fix of the latest photo taken with one."""
        self.here = None
        fixes = [c.photo for c in photos if c.photo.meta.has_gps and not c.photo.placed_by_hand and c.boundary]
        if not fixes:
            return
        latest = max(fixes, key=lambda p: p.meta.gps_time or p.meta.taken_at or "")
        easting, northing = project(mine.epsg, latest.meta.lat, latest.meta.lon)
        ring = self.scene().addEllipse(-11, -11, 22, 22, QPen(QColor(HERE_COLOUR), 3), QBrush(Qt.BrushStyle.NoBrush))
        ring.setPos(easting, -northing)
        ring.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        ring.setToolTip(self.tr("My position (GPS of %1)").replace("%1", latest.original_name))
        ring.setZValue(11)
        self.here = ring

    def highlight(self, sha256: str | None) -> None:
        for sha, dot in self._points.items():
            dot.setPen(QPen(QColor("black" if sha == sha256 else "white"), 3 if sha == sha256 else 1.5))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            point: QPointF = self.mapToScene(event.position().toPoint())
            if self.placing is not None:
                sha, self.placing = self.placing, None
                self.viewport().unsetCursor()
                self.placed.emit(sha, point.x(), -point.y())
                return
            item = self.itemAt(event.position().toPoint())
            if item is not None and item.data(SHA):
                self.photoClicked.emit(item.data(SHA))
                return
        super().mousePressEvent(event)

    def start_placing(self, sha256: str) -> None:
        self.placing = sha256
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
