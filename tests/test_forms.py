"""The Designer forms are built from compiled code that matches their .ui files, and the
pages built from them show the form's widgets, translated."""

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def _uic() -> str:
    here = Path(sys.executable).parent
    found = next((str(p) for p in (here / "pyside6-uic", here / "pyside6-uic.exe") if p.exists()),
                 shutil.which("pyside6-uic"))
    if not found:
        pytest.fail("pyside6-uic not found next to the interpreter")
    return found


@pytest.mark.parametrize("ui", FORMS, ids=lambda p: p.stem)
def test_each_compiled_form_is_what_its_ui_file_compiles_to(ui):
    """A form edited in Designer and not compiled again fails here (``python3 dev.py forms``)."""
    import dev

    committed = ROOT / "greenmine_desktop" / "gui" / "generated" / f"ui_{ui.stem}.py"
    assert committed.exists(), f"run 'python3 dev.py forms': {committed.name} is missing"
    assert committed.read_text(encoding="utf-8") == dev.form_code(_uic(), ui), (
        f"run 'python3 dev.py forms': {committed.name} is older than {ui.name}")


def test_a_compiled_form_imports_only_the_qt_classes_it_uses():
    """Each PySide6 class imported is built then (with its enums): the first paint pays for it."""
    code = (ROOT / "greenmine_desktop" / "gui" / "generated" / "ui_mine_register.py").read_text(encoding="utf-8")
    assert "QTableView" in code and "BoundaryView" in code
    assert not {"QLocale", "QGradient", "QFontDatabase", "QKeySequence", "QIcon"} & set(code.replace(",", " ").split())


def test_every_ui_file_has_its_compiled_form_and_no_other():
    compiled = {p.stem for p in (ROOT / "greenmine_desktop" / "gui" / "generated").glob("ui_*.py")}
    assert compiled == {f"ui_{p.stem}" for p in FORMS}


@pytest.mark.gui
def test_the_register_page_is_built_from_its_form_in_chinese(qtbot, demo_folder):
    from greenmine_desktop.gui.boundary_view import BoundaryView
    from greenmine_desktop.gui.i18n import install_language
    from greenmine_desktop.gui.mine_page import MineRegisterPage
    from greenmine_desktop.store.workspace import Workspace

    install_language("zh_CN")
    with Workspace.open(demo_folder) as ws:
        page = MineRegisterPage(ws, "zh_CN")
        qtbot.addWidget(page)
        assert page.filter_edit.placeholderText() == "按矿山名称、许可证号或采矿权人筛选（Ctrl+F）"
        assert page.mineral_combo.toolTip() == "开采矿种"
        assert isinstance(page.boundary_view, BoundaryView)  # Designer's custom widget, the app's own class
        assert page.table.isSortingEnabled() and page.model.rowCount() == 300
