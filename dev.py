#!/usr/bin/env python3
"""Set up and run GreenMine Desktop from a source checkout, with nothing but Python 3.11+.

    python3 dev.py run            set up .venv and launch the GUI on the demo workspace
    python3 dev.py test [ARGS]    set up .venv and run the checks and tests (ARGS go to pytest); where
                                  PostgreSQL is installed, the county-side tests once more on a
                                  throwaway PostgreSQL server (Debian: apt-get install postgresql)
    python3 dev.py bench          run the benchmarks in tests/benchmarks/
    python3 dev.py translations   refresh the .ts files from the sources and compile .qm
    python3 dev.py forms          compile the Designer forms in ui/ to greenmine_desktop/gui/generated/
    python3 dev.py wheel          compile translations, then build the wheel into dist/
    python3 dev.py bundle         build the PyInstaller bundle into build/dist/GreenMine and run
                                  its selftest outside the virtual environment

On Debian-based Linux (Kylin, UOS, Ubuntu), the system libraries Qt needs are installed
with apt-get when running as root, or the one apt-get line to run is printed.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import venv
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".greenmine-installed"
TRANSLATIONS = ROOT / "resources" / "translations"
TRANSLATED_SOURCES = ["greenmine_desktop/gui", "ui"]
FORMS = ROOT / "ui"
COMPILED_FORMS = ROOT / "greenmine_desktop" / "gui" / "generated"
LANGUAGES = ["zh_CN", "en"]  # en is the source language; its file lets wording change without code
BUNDLE = ROOT / "build" / "dist" / "GreenMine"

# Libraries a PySide6 wheel expects from the system: for any Qt process, for a real
# window (xcb), and a CJK font so Chinese does not render as empty boxes.
APT_QT = ["libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libglib2.0-0", "libdbus-1-3",
          "fonts-wqy-microhei"]
APT_WINDOW = ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0",
              "libxcb-shape0", "libxcb-randr0", "libxcb-render-util0", "libxcb-image0", "libxcb-xinerama0"]


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(*args: str | Path, env: dict | None = None) -> None:
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT, env=env)


def missing_debian_packages(packages: list[str]) -> list[str]:
    if platform.system() != "Linux" or not shutil.which("dpkg-query"):
        return []
    missing = []
    for package in packages:
        result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True)
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def ensure_system_packages(packages: list[str], required: bool) -> None:
    missing = missing_debian_packages(packages)
    if not missing:
        return
    line = "apt-get install -y " + " ".join(missing)
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        say(f"installing system packages: {' '.join(missing)}")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], env=env)
        if subprocess.run(["apt-get", "install", "-y", "-qq", *missing], env=env).returncode == 0:
            return
        say("apt-get could not install all of them (another distribution's names?)")
        if required:
            sys.exit(1)
        return
    say(f"Qt needs these system packages; please run:  sudo {line}")
    if required:
        sys.exit(1)


def ensure_venv() -> None:
    if PYTHON.exists():
        return
    say(f"creating {VENV}")
    try:
        venv.create(VENV, with_pip=True)
    except (subprocess.CalledProcessError, OSError):
        shutil.rmtree(VENV, ignore_errors=True)
        version = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
        ensure_system_packages([version], required=True)  # Debian splits venv/ensurepip out
        venv.create(VENV, with_pip=True)


def ensure_installed(extras: str = "test") -> None:
    """pip install the project with ``extras``, again only when their pins changed."""
    ensure_venv()
    digest = hashlib.sha256(
        (ROOT / "pyproject.toml").read_bytes() + (ROOT / "constraints.txt").read_bytes() + extras.encode()
    ).hexdigest()
    stamp = STAMP.with_name(f"{STAMP.name}-{extras}")
    if stamp.exists() and stamp.read_text() == digest:
        return
    say("installing dependencies (first run downloads Qt, a few minutes)")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", "-c", "constraints.txt", "-e", f".[{extras}]")
    stamp.write_text(digest)


def tool(name: str) -> Path:
    return BIN / (f"{name}.exe" if os.name == "nt" else name)


def compile_translations() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            run(tool("pyside6-lrelease"), "-silent", ts, "-qm", qm)


def compiled_form(ui: Path) -> Path:
    return COMPILED_FORMS / f"ui_{ui.stem}.py"


def compile_forms() -> None:
    """Each Designer form of ui/ as Python code (see greenmine_desktop/gui/generated/)."""
    for ui in FORMS.glob("*.ui"):
        compiled_form(ui).write_text(form_code(tool("pyside6-uic"), ui), encoding="utf-8")


def form_code(uic: str | Path, ui: Path) -> str:
    """pyside6-uic's code for the form ``ui``, without the slot auto-connection the forms do
    not use, and importing only the Qt classes it uses: uic imports every class a form might
    need, and PySide6 builds a class (all its enums, QLocale's hundreds of languages
    included) when it is first imported, which cost the first paint 20 ms."""
    code = subprocess.run([str(uic), "--no-autoconnection", ui.name], cwd=ui.parent, check=True,
                          capture_output=True, text=True, encoding="utf-8").stdout
    tree = ast.parse(code)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = code.splitlines(keepends=True)
    for node in reversed([n for n in tree.body if isinstance(n, ast.ImportFrom)]):
        kept = [alias.name for alias in node.names if alias.name in used]
        lines[node.lineno - 1:node.end_lineno] = [f"from {node.module} import {', '.join(kept)}\n"] if kept else []
    return "".join(lines)


def update_translations() -> None:
    """Refresh each language's .ts from the sources (new strings arrive unfinished; for
    English they are filled with the source text), then compile the .qm files."""
    sources = [str(p.relative_to(ROOT)) for d in TRANSLATED_SOURCES for p in sorted((ROOT / d).glob("*.*"))
               if p.suffix in (".py", ".ui")]
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"greenmine_{lang}.ts"
        run(tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-target-language", lang, *sources,
            "-ts", ts)
        if lang == "en":
            finish_english(ts)
    compile_translations()


def finish_english(ts: Path) -> None:
    """English wording starts as the source text, and "row(s)" as "row" / "rows" for Qt's
    plural forms (%n); a wording already edited is kept."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation, source = message.find("translation"), message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        forms = translation.findall("numerusform")
        if forms and len(forms) == 2 and not any(f.text for f in forms):
            forms[0].text, forms[1].text = source.replace("(s)", ""), source.replace("(s)", "s")
        elif not forms:  # empty, or the same source's wording from another context (lupdate's guess)
            translation.text = translation.text or source
        else:
            continue
        del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def setup(window: bool) -> None:
    ensure_system_packages(APT_QT + (APT_WINDOW if window else []), required=False)
    ensure_installed()
    compile_translations()
    if any(not compiled_form(ui).exists() or compiled_form(ui).stat().st_mtime < ui.stat().st_mtime
           for ui in FORMS.glob("*.ui")):  # a form just edited in Designer shows at once
        compile_forms()


def build_bundle() -> int:
    """PyInstaller's one-folder bundle, then its selftest run as a user would: from another
    folder, with none of this checkout's environment (no .venv, no PYTHONPATH)."""
    ensure_system_packages(APT_QT, required=False)
    ensure_installed("test,bundle")
    compile_translations()
    started = time.perf_counter()
    run(PYTHON, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "--distpath",
        ROOT / "build" / "dist", "--workpath", ROOT / "build" / "pyinstaller", ROOT / "build_spec" / "greenmine.spec")
    built = time.perf_counter() - started
    size = sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink())
    program = BUNDLE / ("greenmine.exe" if os.name == "nt" else "greenmine")
    keep = ("PATH", "SYSTEMROOT", "TEMP", "TMP", "LANG", "DISPLAY")  # what any program gets from a desktop
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if k in keep} | {"HOME": home, "USERPROFILE": home}
        started = time.perf_counter()
        result = subprocess.run([str(program), "selftest"], cwd=home, env=env)
        selftest = time.perf_counter() - started
    record = {"version": version(), "bytes": size, "megabytes": round(size / 2**20, 1),
              "build_seconds": round(built, 1), "selftest_seconds": round(selftest, 1),
              "selftest": "ok" if result.returncode == 0 else "failed"}
    (BUNDLE / "bundle.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    say(f"bundle {BUNDLE}: {record['megabytes']} MB, built in {built:.0f} s, selftest {record['selftest']} "
        f"in {selftest:.1f} s")
    return result.returncode


def version() -> str:
    """The version in the installed package's metadata (what the bundle is built from)."""
    script = "from importlib.metadata import version; print(version('greenmine-desktop'))"
    return subprocess.run([str(PYTHON), "-c", script],
                          capture_output=True, text=True, check=True).stdout.strip()


def postgres_bin() -> Path | None:
    """The folder of PostgreSQL's server programs (initdb, pg_ctl), newest first, or None."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name)
                   if p.parent.parent.name.isdigit() else 0)
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


#: The test cluster's one role that must give a password (the others are trusted).
PASSWORD_ROLE = "greenmine_password_test"


@contextmanager
def test_postgres(durable: bool = False) -> Iterator[str | None]:
    """A throwaway PostgreSQL cluster for the tests: made in a temporary folder, listening
    only on a socket there, without fsync (it is thrown away), stopped and deleted at the
    end. Everyone is let in without a password except :data:`PASSWORD_ROLE`, whom the
    password tests make (tests/test_postgres_password.py). Yields the libpq connection
    string for GREENMINE_TEST_POSTGRES, or None when PostgreSQL is not installed. initdb
    refuses to run as root, so as root it runs as the ``postgres`` user that Debian's
    package makes. ``durable`` keeps fsync and synchronous commits on, as a bureau's server
    runs: the benchmarks compare it with SQLite, which syncs."""
    programs = postgres_bin()
    if programs is None:
        say("PostgreSQL is not installed: its tests are skipped (Debian/Ubuntu: apt-get install postgresql)")
        yield None
        return
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    folder = Path(tempfile.mkdtemp(prefix="greenmine-pg-"))
    data, port = folder / "data", "5432"  # a socket in our own folder: no port is taken
    if as_root:
        shutil.chown(folder, "postgres")
    try:
        subprocess.run([*prefix, str(programs / "initdb"), "-D", str(data), "-E", "UTF8", "--locale=C.UTF-8",
                        "-A", "trust", "-U", "postgres"], check=True, stdout=subprocess.DEVNULL)
        hba = data / "pg_hba.conf"  # first match wins: the password tests' role must give one
        hba.write_text(f"local all {PASSWORD_ROLE} scram-sha-256\n" + hba.read_text())
        fast = "" if durable else "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        options = f"-k {folder} -p {port} -c listen_addresses='' {fast}-c max_connections=200"
        subprocess.run([*prefix, str(programs / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"),
                        "-o", options, "-w", "start"], check=True, stdout=subprocess.DEVNULL)
    except (subprocess.CalledProcessError, OSError) as exc:
        say(f"could not start a PostgreSQL server for the tests ({exc}): its tests are skipped")
        shutil.rmtree(folder, ignore_errors=True)
        yield None
        return
    try:
        yield f"host={folder} port={port} user=postgres dbname=postgres"
    finally:
        subprocess.run([*prefix, str(programs / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       stdout=subprocess.DEVNULL)
        shutil.rmtree(folder, ignore_errors=True)


def run_tests(rest: list[str], env: dict[str, str]) -> int:
    """pytest on SQLite; then, with a server at hand, the county side on PostgreSQL (the
    tests that work on a county workspace: tests/conftest.py picks them).
    GREENMINE_TEST_BACKENDS=sqlite skips the second pass (CI's further runs)."""
    if os.environ.get("GREENMINE_TEST_BACKENDS") == "sqlite":
        return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
    with test_postgres() as conninfo:
        if conninfo:
            env = {**env, "GREENMINE_TEST_POSTGRES": conninfo}
        code = subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
        if not conninfo:
            return code
        say("the county side once more, on PostgreSQL")
        on_server = subprocess.call([str(PYTHON), "-m", "pytest", "--backend", "postgresql", *rest], cwd=ROOT,
                                    env=env)
        return code or (0 if on_server == NO_TESTS else on_server)  # NO_TESTS: none asked for is county-side


#: pytest's exit code when no test was collected (here: none of them county-side).
NO_TESTS = 5


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be started by an older python3
        say("GreenMine needs Python 3.11 or newer.")
        return 1
    command, rest = (argv[0], argv[1:]) if argv else ("run", [])
    if command == "run":
        setup(window=True)
        return subprocess.call([str(tool("greenmine")), "--demo", *rest], cwd=ROOT)
    if command in ("test", "bench"):
        setup(window=False)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if command == "bench":
            # One run's files at a time (pytest keeps three runs' by default; the imports write 30 GB a run).
            return subprocess.call([str(PYTHON), "-m", "pytest", "tests/benchmarks", "-p", "no:randomly",
                                    "-o", "addopts=", "--benchmark-only", "--basetemp",
                                    str(ROOT / "build" / "bench-tmp"), *rest], cwd=ROOT, env=env)
        run(PYTHON, "-m", "ruff", "check", "greenmine_desktop", "tests", "dev.py")
        run(PYTHON, "-m", "mypy")
        return run_tests(rest, env)
    if command == "wheel":
        setup(window=False)
        run(PYTHON, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", "dist", ".")
        return 0
    if command == "bundle":
        return build_bundle()
    if command == "forms":
        ensure_installed()
        compile_forms()
        return 0
    if command == "translations":
        ensure_installed()
        update_translations()
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
