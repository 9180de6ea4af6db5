"""A box to sign in with the mouse, a pen or a finger; the strokes become a PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor(20, 40, 120)  # blue-black, as a signature on paper


class SignaturePad(QWidget):
    """Strokes are kept as paths in widget coordinates and rendered on white at the
    widget's size; a pen's tablet events and the mouse draw alike. A stored signature
    (reopening a signed inspection) is shown as its image until someone draws anew."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[QPainterPath] = []
        self._stored: QImage | None = None
        self._drawing = False
        self.setMinimumSize(QSize(320, 110))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)

    def is_empty(self) -> bool:
        return self._stored is None and not any(path.elementCount() > 1 for path in self._strokes)

    def clear(self) -> None:
        self._strokes.clear()
        self._stored = None
        self.update()
        self.changed.emit()

    def show_stored(self, png: bytes | None) -> None:
        """Show a signature as it was stored (PNG), in place of any strokes."""
        self._strokes.clear()
        image = QImage.fromData(png) if png else QImage()
        self._stored = None if image.isNull() else image
        self.update()

    def has_stored(self) -> bool:
        return self._stored is not None

    def _begin(self, point: QPointF) -> None:
        self._stored = None  # drawing anew replaces the stored signature
        path = QPainterPath(point)
        self._strokes.append(path)
        self._drawing = True

    def _extend(self, point: QPointF) -> None:
        if self._drawing and self._strokes:
            self._strokes[-1].lineTo(point)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._extend(event.position())
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._stored is not None:  # scaled to fit, its proportions kept, centred
            size = self._stored.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                                     size.width(), size.height()), self._stored)
        painter.setPen(QPen(INK, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for path in self._strokes:
            painter.drawPath(path)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QPen(QColor(180, 180, 180), 1, Qt.PenStyle.DashLine))
        baseline = self.height() - 24
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        self._paint(painter)
        painter.end()

    def to_png(self) -> bytes:
        """The signature as a PNG on white, twice the widget's size for print."""
        image = QImage(self.size() * 2, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.scale(2, 2)
        self._paint(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())
