"""The core never imports Qt: the GUI and the command line are two faces on one core."""

import ast
import re
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


_SQL_WORDS = re.compile(r"\b(SELECT\s|INSERT\s+(INTO|OR)\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|CREATE\s+(TABLE|INDEX|"
                        r"TRIGGER)\b|PRAGMA\s)")
_DB_CALLS = {"execute", "executemany", "executescript", "query", "table"}


def sql_lines(source: str) -> list[int]:
    """Lines that run SQL or spell it: database calls (``.execute(``, ``.executemany(``,
    ``.query(``, sqlite-utils' ``.table(``), sqlite-utils' ``db``/``db[...]`` and string
    literals with SQL statements in them. ezdxf's ``modelspace().query`` is not SQL."""
    hits = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _DB_CALLS:
            receiver = node.func.value
            dxf = (isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Attribute)
                   and receiver.func.attr == "modelspace")
            if not dxf:
                hits.add(node.lineno)
        elif isinstance(node, ast.Attribute) and node.attr == "db":
            hits.add(node.lineno)
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "db":
            hits.add(node.lineno)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL_WORDS.search(node.value):
            hits.add(node.lineno)
    return sorted(hits)


def test_the_sql_finder_finds_sql():
    assert sql_lines("ws.conn.execute('SELECT 1')") == [1]
    assert sql_lines("x = 1\nws.db['mine'].insert({})") == [2]
    assert sql_lines("q = f'UPDATE follow_up SET {a} = ?'") == [1]
    assert sql_lines("conn.executemany(q, rows)\nws.db.table('t')") == [1, 2]
    assert sql_lines("doc.modelspace().query('LWPOLYLINE')\ntext = 'Select the register file'") == []


def test_no_sql_outside_store():
    """store/ is the only code that knows tables and columns (issue 18): a second backend
    (PostgreSQL at the county desk) then replaces store/ alone, and renaming a column is
    one module's change. The GUI reads and writes through services; so do the CLI and the
    adapters. Migrations (db/) are SQL by nature."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("store/"):
            continue
        hits = sql_lines(path.read_text(encoding="utf-8"))
        if hits:
            found[relative] = hits
    assert not found, f"SQL outside store/ (move it into a store/ module): {found}"


def test_the_command_line_does_no_sql():
    """The CLI is the GUI's twin: it calls services and store functions, never a query of
    its own, and never opens the database file itself."""
    path = PACKAGE / "cli.py"
    assert sql_lines(path.read_text(encoding="utf-8")) == []
    assert not {n for n in _imports(path) if n.split(".")[0] in {"sqlite3", "sqlite_utils"}}


STORE = "greenmine_desktop.store"


def store_imports(source: str, package: str = "greenmine_desktop.gui") -> list[str]:
    """What a module takes from store/ beyond the ``Workspace`` type, as ``module:name``
    (relative imports resolved against ``package``)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [f"{a.name}:" for a in node.names if a.name == STORE or a.name.startswith(STORE + ".")]
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1]) if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            for alias in node.names:
                full = f"{module}.{alias.name}"
                if module == f"{STORE}.workspace" and alias.name == "Workspace":
                    continue
                if any(name == STORE or name.startswith(STORE + ".") for name in (module, full)):
                    found.append(f"{module}:{alias.name}")
    return found


def test_the_store_import_finder_finds_store_imports():
    assert store_imports("from greenmine_desktop.store.workspace import Workspace") == []
    assert store_imports("def f():\n    from greenmine_desktop.store.mines import iter_mines") == [
        "greenmine_desktop.store.mines:iter_mines"]
    assert store_imports("from greenmine_desktop.store.workspace import DB_NAME, Workspace") == [
        "greenmine_desktop.store.workspace:DB_NAME"]
    assert store_imports("from greenmine_desktop.store import mines as store") == ["greenmine_desktop.store:mines"]
    assert store_imports("from greenmine_desktop import store") == ["greenmine_desktop:store"]
    assert store_imports("import greenmine_desktop.store.follow_ups") == ["greenmine_desktop.store.follow_ups:"]
    assert store_imports("from ..store.photos import thumbnail") == ["greenmine_desktop.store.photos:thumbnail"]
    assert store_imports("from greenmine_desktop.services.photo_checks import thumbnail") == []


def test_the_gui_reads_through_services():
    """No GUI module takes anything from store/ but the ``Workspace`` type (issue 18): the
    views read through services, so a second backend or a renamed column never reaches them."""
    found = {}
    for path in (PACKAGE / "gui").rglob("*.py"):
        if hits := store_imports(path.read_text(encoding="utf-8")):
            found[path.relative_to(PACKAGE).as_posix()] = hits
    assert not found, f"GUI modules importing from store/ (call a service instead): {found}"


# The GUI modules that open a workspace themselves: the application (the window's reading
# connection), the operations (the one writer per folder, on the job thread) and the
# bundle's self-check, which builds its own demo workspaces.
OPENS_WORKSPACES = {"gui/app.py", "gui/ops.py", "gui/selftest.py"}


def test_no_gui_module_opens_a_workspace_of_its_own():
    """Issue 18: a dialog that opened its own connection for a write bypassed the one
    writer and the ``changed`` notice; one that opened it on the GUI thread for a read
    could run migrations there. They run as operations, or read the window's workspace."""
    opening = re.compile(r"\bWorkspace\.(open|create)\(")
    found = {path.relative_to(PACKAGE).as_posix() for path in (PACKAGE / "gui").rglob("*.py")
             if opening.search(path.read_text(encoding="utf-8"))}
    assert found == OPENS_WORKSPACES, f"opening a workspace of their own: {sorted(found - OPENS_WORKSPACES)}"


def test_the_main_window_opens_without_the_heavy_libraries():
    """Start-up paints the register first: signing, PDFs, photos and checklists load on use."""
    import subprocess
    import sys

    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'; import greenmine_desktop.gui.main_window; "
            "print(sorted(m for m in ('pyhanko', 'pydantic', 'reportlab', 'cryptography', 'PIL', 'imagehash') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"


# Start-up imports each of these when it is used, not before the register is on screen
# (issue 23: first paint within 2x of an empty QMainWindow): the import, export, package
# and check flows with their services, the tabs not shown, the status bar's counts (filled
# in after the paint), the staging recovery when nothing was left to recover, QUiLoader.
DEFERRED_AT_FIRST_PAINT = [
    "greenmine_desktop.gui.import_dialog", "greenmine_desktop.gui.boundary_files",
    "greenmine_desktop.gui.package_actions", "greenmine_desktop.gui.verify_dialog",
    "greenmine_desktop.gui.inspector_page", "greenmine_desktop.gui.inspection_page",
    "greenmine_desktop.gui.draw_page", "greenmine_desktop.gui.follow_up_page", "greenmine_desktop.gui.dashboard_page",
    "greenmine_desktop.services.row_import", "greenmine_desktop.services.register_sources",
    "greenmine_desktop.services.mine_import", "greenmine_desktop.services.inspector_import",
    "greenmine_desktop.services.table_files", "greenmine_desktop.services.backup",
    "greenmine_desktop.store.follow_ups", "greenmine_desktop.store.staging", "greenmine_desktop.domain.gauss_kruger",
    "PySide6.QtUiTools", "uuid", "sqlite_utils", "openpyxl", "pyproj", "shapely", "pyogrio", "ezdxf",
    "pyhanko", "pydantic", "reportlab", "cryptography", "PIL", "imagehash",
]


def test_the_first_paint_waits_for_no_dialog_service_or_count(demo_folder, tmp_path):
    """What the first-paint benchmark runs (tests/benchmarks/probe.py), stopped at the
    register's first paint: none of the deferred modules is imported by then."""
    import json
    import os
    import subprocess
    import sys

    root = PACKAGE.parent
    out = subprocess.run([sys.executable, "-m", "tests.benchmarks.probe", "loaded", str(demo_folder)], cwd=root,
                         capture_output=True, text=True, timeout=120, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "GREENMINE_HOME": str(tmp_path)})
    loaded = set(json.loads(out.stdout))
    assert "greenmine_desktop.gui.mine_page" in loaded  # it did paint the register
    assert sorted(m for m in DEFERRED_AT_FIRST_PAINT if m in loaded) == []
