"""A report with 60 photos of 12 MP (issue: documents): ≤ 5 s, ≤ 15 MB, and within 1.5× of
reportlab drawing the same already-downscaled images alone, in the same run (issue 23).

Two reports are measured: the usual one, after the print-size copies were made in the
background when the photos were added (the ratio target), and one with no copies at all
(each round starts without them), which must still meet the 5 s and 15 MB targets."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Image, PageBreak, SimpleDocTemplate

from greenmine_desktop.photos.print_copy import PRINT_SIDE
from greenmine_desktop.photos.reader import preview
from greenmine_desktop.services.demo import create_demo_county
from greenmine_desktop.services.inspections import start_inspection
from greenmine_desktop.services.report_export import export_report, prepare_report_photos
from greenmine_desktop.store.workspace import Workspace
from tests.benchmarks.conftest import make_phone_photos
from tests.benchmarks.record import TABLE
from tests.conftest import demo_header, full_marks_answer

PHOTOS = 60


@pytest.fixture(scope="module")
def inspection(tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    folder = make_phone_photos(root / "card", PHOTOS)
    ws = Workspace.open(create_demo_county(root / "demo"))
    session = start_inspection(ws, demo_header(ws), "王建国")
    for item in session.template.items:
        session.set_answer(item.id, full_marks_answer(item), "王建国")
    session.add_photos([folder], "", "王建国")
    getattr(os, "sync", lambda: None)()  # the 360 MB just written must not be flushed during a measurement
    yield ws, session, folder
    ws.close()


def test_reportlab_alone_baseline(benchmark, inspection, tmp_path):
    """The same downscaled images, four to a page, and nothing else, placed the way
    reportlab places them (its Image decodes each to name it; the report's JpegImage does
    not, which is most of why the report can beat this floor)."""
    _, _, folder = inspection
    printed = [preview(path, PRINT_SIDE) for path in sorted(folder.glob("*.JPG"))]

    def draw():
        story = []
        for n, jpeg in enumerate(printed):
            story.append(Image(io.BytesIO(jpeg), width=85 * 2.83, height=64 * 2.83))
            if n % 4 == 3:
                story.append(PageBreak())
        SimpleDocTemplate(str(tmp_path / "baseline.pdf"), pagesize=A4).build(story)

    benchmark.pedantic(draw, rounds=5, warmup_rounds=1)
    TABLE.baseline("reportlab alone", benchmark)


def test_report_without_print_copies(benchmark, inspection, tmp_path):
    ws, session, _ = inspection
    out: Path = tmp_path / "report.pdf"
    benchmark.pedantic(lambda: export_report(ws, session.id, out), rounds=3, iterations=1,
                       setup=lambda: shutil.rmtree(ws.folder / "photos" / "print", ignore_errors=True))
    size = out.stat().st_size / 2**20
    row = TABLE.result(f"report {PHOTOS} photos, no print copies", benchmark, most=5.0)
    print(f"\n{row.line()}; {size:.1f} MB")
    assert row.passed and size <= 15, row.line()


def test_report_with_60_photos(benchmark, inspection, tmp_path):
    ws, session, _ = inspection
    out: Path = tmp_path / "report.pdf"
    prepare_report_photos(ws.folder, session.id)  # what the app does in the background after adding photos
    benchmark.pedantic(lambda: export_report(ws, session.id, out), rounds=3, warmup_rounds=1)
    size = out.stat().st_size / 2**20
    row = TABLE.result(f"report {PHOTOS} photos, print copies made", benchmark, baseline="reportlab alone",
                       ratio=1.5, most=5.0)
    print(f"\n{row.line()}; {size:.1f} MB")
    assert row.passed and size <= 15, row.line()
