"""Jobs one after another on the job thread may each make pyproj objects (issue 21: an
import then an export crashed the process in proj_create, pyproj issue #1509)."""

from __future__ import annotations

import pytest

from greenmine_desktop.gui.jobs import run_job

pytestmark = pytest.mark.gui


def test_successive_jobs_each_making_a_crs(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    names: list[object] = []

    def crs_name(epsg: int):
        def work(report):
            from pyproj import CRS, Transformer

            Transformer.from_crs(4490, epsg, always_xy=True).transform(105.0, 36.0)
            return CRS.from_epsg(epsg).name
        return work

    for count, epsg in enumerate((4523, 4529, 4530, 4550), start=1):
        run_job(widget, "crs", crs_name(epsg), names.append, names.append)
        qtbot.waitUntil(lambda count=count: len(names) == count, timeout=10_000)
    assert names == ["CGCS2000 / 3-degree Gauss-Kruger zone 35", "CGCS2000 / 3-degree Gauss-Kruger zone 41",
                     "CGCS2000 / 3-degree Gauss-Kruger zone 42", "CGCS2000 / 3-degree Gauss-Kruger CM 123E"]
