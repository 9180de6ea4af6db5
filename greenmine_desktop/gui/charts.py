"""Small QtCharts helpers for the dashboard: a chart in a box with its own PNG export,
and the two kinds of chart it draws (a pie of shares, bars per category)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from greenmine_desktop.files import write_atomically

#: Colours that stay apart when printed in grey: green for good, red for bad, grey for none.
GOOD, BAD, NEUTRAL, TARGET = QColor("#2e7d32"), QColor("#c62828"), QColor("#9e9e9e"), QColor("#1565c0")


class ChartBox(QWidget):
    """A titled chart with an "export PNG" button; the PNG is the chart as shown, its title
    (with what it counts, e.g. the year and draw) included."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.export_button = QPushButton(self.tr("Export PNG…"), self)
        self.export_button.clicked.connect(self._choose_and_export)
        self.view = QChartView(self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        head = QHBoxLayout()
        head.addStretch()
        head.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)

    def show_chart(self, chart: QChart, scope: str) -> None:
        """Show ``chart`` titled with the box's title and ``scope`` (what it counts)."""
        chart.setTitle(f"<b>{self.title}</b>（{scope}）")
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # a PNG shows the chart, not a frame of it
        chart.layout().setContentsMargins(0, 0, 0, 0)
        old = self.view.chart()
        self.view.setChart(chart)
        old.deleteLater()

    def export_png(self, path: Path, scale: int = 2) -> Path:
        """Save the chart as shown, drawn at ``scale`` times its size on screen: sharp
        enough for a slide or a printed report."""
        image = QImage(self.view.size() * scale, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.render(painter, QRectF(image.rect()), self.view.viewport().rect())
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        png = bytes(data.data())
        # a failure is a WriteFailed sentence, shown by the excepthook of the button's slot
        return write_atomically(path, lambda stream: stream.write(png), create_folder=False)

    def _choose_and_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), f"{self.title}.png",
                                              self.tr("PNG image (*.png)"))
        if name:
            self.export_png(Path(name))


def pie_chart(slices: list[tuple[str, int, QColor]]) -> QChart:
    """Shares of a whole, each slice named with its count in the legend below (labels
    beside the pie get cut in a narrow box or a longer language); empty slices are left out."""
    series = QPieSeries()
    series.setPieSize(0.85)
    for label, count, colour in slices:
        if count:
            series.append(f"{label} {count}", count).setColor(colour)
    chart = QChart()
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def bar_chart(categories: list[str], sets: list[tuple[str, list[int], QColor]], horizontal: bool = False) -> QChart:
    """Bars per category, one bar set per (name, values, colour), counts on the bars."""
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    for name, values, colour in sets:
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        bar_set.setColor(colour)
        series.append(bar_set)
    series.setLabelsVisible(True)
    chart = QChart()
    chart.addSeries(series)
    names, counts = QBarCategoryAxis(), QValueAxis()
    names.append(categories)
    counts.setLabelFormat("%d")
    counts.setRange(0, max([1, *(v for _n, values, _c in sets for v in values)]) + 1)
    counts.setTickType(QValueAxis.TickType.TicksDynamic)
    counts.setTickInterval(max(1, counts.max() // 5))
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    series.attachAxis(counts)
    chart.legend().setVisible(len(sets) > 1)
    return chart
