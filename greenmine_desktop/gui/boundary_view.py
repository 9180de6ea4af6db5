"""A licensed boundary drawn to scale: parts, numbered corners, scale bar, north arrow,
over the workspace's offline basemap when it has one for the mine.

Scene coordinates are the Gauss-Krüger metres with the easting to the right and the
northing up (the scene's y is the negated northing), so one scene unit is one metre.
Basemap tiles (Web Mercator) are mapped onto the scene by their four corners projected
into the mine's zone; over a tile's few hundred metres that is exact to well under a pixel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

from greenmine_desktop.domain.mine import Mine
from greenmine_desktop.geo.scale_bar import nice_length

PART_COLOURS = ("#2e7d32", "#1565c0", "#ef6c00", "#6a1b9a")
BASEMAP_Z = -100.0
TILE_OVERLAP_PX = 0.75


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
        self.basemap_folder: Path | None = None  # the workspace whose basemap/ is drawn underneath
        self.basemap_tiles = 0
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
        self._draw_basemap(mine)
        self._fit()

    def _draw_basemap(self, mine: Mine) -> None:
        """The tiles under the mine and a margin around it, at the level that suits the view."""
        self.basemap_tiles = 0
        if self.basemap_folder is None or not mine.parts:
            return
        from greenmine_desktop.services.basemap import view_tiles

        shape = self._shape_rect()
        size = max(shape.width(), shape.height(), 50.0)
        margin = max(300.0, size * 0.6)
        pixels = max(min(self.viewport().width(), self.viewport().height()), 200)
        for tile in view_tiles(self.basemap_folder, mine, margin, size * 1.3 / pixels):
            pixmap = QPixmap()
            if not pixmap.loadFromData(tile.data):
                continue  # a damaged tile leaves a gap, never an error
            item = self.scene().addPixmap(pixmap)
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            w, h, inset = pixmap.width(), pixmap.height(), TILE_OVERLAP_PX
            # The image's edge is mapped a little inside the tile's corners, so neighbouring
            # tiles overlap by a pixel and no antialiased seam shows between them.
            source = QPolygonF([QPointF(inset, inset), QPointF(w - inset, inset), QPointF(w - inset, h - inset),
                                QPointF(inset, h - inset)])
            transform = QTransform()
            if QTransform.quadToQuad(source, QPolygonF([QPointF(e, -n) for e, n in tile.corners]), transform):
                item.setTransform(transform)
            item.setZValue(BASEMAP_Z)
            self.basemap_tiles += 1

    def _shape_rect(self) -> QRectF:
        """What the view fits: the boundary and the points on it, not the basemap around them."""
        rect = QRectF()
        for item in self.scene().items():
            if item.zValue() > BASEMAP_Z:
                rect = rect.united(item.sceneBoundingRect())
        return rect

    def _fit(self) -> None:
        if self._has_shape:
            rect = self._shape_rect()
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
