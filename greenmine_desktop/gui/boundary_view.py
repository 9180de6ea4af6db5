"""A licensed boundary drawn to scale: parts, numbered corners, scale bar, north arrow.

Scene coordinates are the Gauss-Krüger metres with the easting to the right and the
northing up (the scene's y is the negated northing), so one scene unit is one metre.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

from greenmine_desktop.domain.mine import Mine
from greenmine_desktop.geo.scale_bar import nice_length

PART_COLOURS = ("#2e7d32", "#1565c0", "#ef6c00", "#6a1b9a")


class BoundaryView(QGraphicsView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumSize(240, 200)
        self.setBackgroundBrush(QBrush(QColor("#fafaf7")))
        self._has_shape = False
        self.shown_licence: str | None = None  # the mine drawn (a DXF import offers it first)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)  # keeps the scale bar clean

    def set_mine(self, mine: Mine | None) -> None:
        scene = self.scene()
        scene.clear()
        self._has_shape = bool(mine and mine.parts)
        self.shown_licence = mine.licence_no if mine else None
        if not mine:
            return
        for index, part in enumerate(mine.parts):
            colour = QColor(PART_COLOURS[index % len(PART_COLOURS)])
            fill = QColor(colour)
            fill.setAlpha(40)
            polygon = QPolygonF([QPointF(c.y, -c.x) for c in part.corners])
            pen = QPen(colour, 2)
            pen.setCosmetic(True)
            scene.addPolygon(polygon, pen, QBrush(fill))
            label = scene.addSimpleText(part.name)
            label.setBrush(colour)
            label.setPos(polygon.boundingRect().center())
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            for corner in part.corners:
                dot = scene.addEllipse(-2.5, -2.5, 5, 5, QPen(colour), QBrush(colour))
                dot.setPos(corner.y, -corner.x)
                dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
                number = scene.addSimpleText(str(corner.no))
                number.setPos(corner.y, -corner.x)
                number.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self._fit()

    def _fit(self) -> None:
        if self._has_shape:
            rect = self.scene().itemsBoundingRect()
            margin = max(rect.width(), rect.height()) * 0.15
            size = max(rect.width(), rect.height())
            self.setSceneRect(rect.adjusted(-size, -size, size, size))  # room to drag around
            self.fitInView(rect.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def wheelEvent(self, event) -> None:
        factor = 1.25 if event.angleDelta().y() > 0 else 0.8
        self.scale(factor, factor)
        self.viewport().update()

    def metres_per_pixel(self) -> float:
        scale = self.transform().m11()
        return 1 / scale if scale else 0.0

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if not self._has_shape:
            return
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#222"), 1.5))
        width, height = self.viewport().width(), self.viewport().height()
        length = nice_length(self.metres_per_pixel() * width / 4)
        pixels = length / self.metres_per_pixel()
        x0, y0 = 12.0, height - 14.0
        painter.drawLine(QPointF(x0, y0), QPointF(x0 + pixels, y0))
        for x in (x0, x0 + pixels):
            painter.drawLine(QPointF(x, y0 - 5), QPointF(x, y0))
        painter.drawText(QPointF(x0, y0 - 8), f"{length / 1000:g} km" if length >= 1000 else f"{length:g} m")
        ax, ay = width - 22.0, 16.0  # north arrow: the northing axis points up
        painter.setBrush(QColor("#222"))
        painter.drawPolygon(QPolygonF([QPointF(ax, ay), QPointF(ax - 6, ay + 18), QPointF(ax + 6, ay + 18)]))
        painter.drawText(QPointF(ax - 4, ay + 32), "N")
        painter.restore()
