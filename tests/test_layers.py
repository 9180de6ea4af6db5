"""The core never imports Qt: the GUI and the command line are two faces on one core."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "greenmine_desktop"
CORE = ["domain", "services", "store", "geo"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", CORE)
def test_core_layer_imports_no_qt_and_no_gui(layer):
    for path in (PACKAGE / layer).rglob("*.py"):
        bad = {n for n in _imports(path) if n.startswith(("PySide6", "shiboken6", "greenmine_desktop.gui"))}
        assert not bad, f"{path.name} imports {bad}"


def test_domain_does_no_io_or_sql():
    for path in (PACKAGE / "domain").rglob("*.py"):
        bad = {n for n in _imports(path) if n.split(".")[0] in {"sqlite3", "sqlite_utils", "pyproj", "shapely", "os"}}
        assert not bad, f"{path.name} imports {bad}"


def test_no_gui_module_runs_sql():
    """The GUI reads and writes through services and store/ (issue 18); a view that ran its own
    SQL broke each time a column changed."""
    import re

    sql = re.compile(r"\.(execute|executemany|executescript|query)\(|\b(SELECT|INSERT INTO|UPDATE|DELETE FROM)\s")
    for path in (PACKAGE / "gui").rglob("*.py"):
        hits = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if sql.search(line)]
        assert not hits, f"{path.name} runs SQL on lines {hits}"


def test_the_main_window_opens_without_the_heavy_libraries():
    """Start-up paints the register first: signing, PDFs, photos and checklists load on use."""
    import subprocess
    import sys

    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'; import greenmine_desktop.gui.main_window; "
            "print(sorted(m for m in ('pyhanko', 'pydantic', 'reportlab', 'cryptography', 'PIL', 'imagehash') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"
