"""The wheel carries db/, resources/ (with compiled translations) and the compiled forms
(not ui/: the app never reads the .ui files), and an installed copy finds them inside the
package, not in a source tree."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--no-index", "-w", str(out), str(ROOT)], check=True, capture_output=True, timeout=300)
    return next(out.glob("*.whl"))


def test_wheel_holds_migrations_forms_and_translations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {p.relative_to(ROOT).as_posix() for d in ("db", "resources") for p in (ROOT / d).rglob("*")
               if p.is_file()}
    assert {f"greenmine_desktop/_data/{name}" for name in shipped} <= names
    assert "greenmine_desktop/_data/resources/translations/greenmine_zh_CN.qm" in names
    forms = {f"greenmine_desktop/gui/generated/ui_{p.stem}.py" for p in (ROOT / "ui").glob("*.ui")}
    assert forms and forms <= names


def test_installed_wheel_finds_its_own_assets(wheel, tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--target",
                    str(tmp_path / "site"), str(wheel)], check=True, capture_output=True, timeout=300)
    probe = ("import greenmine_desktop.assets as a, greenmine_desktop.store.migrations as m;"
             "print(a.get_asset('db')); print(len(m.available_migrations()))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            env={"PYTHONPATH": str(tmp_path / "site")}, cwd=tmp_path, timeout=60)
    folder, count = result.stdout.split()
    assert Path(folder) == tmp_path / "site" / "greenmine_desktop" / "_data" / "db"
    assert int(count) == len(list((ROOT / "db").glob("*.sql")))
