"""Every test gets its own GREENMINE_HOME (settings, logs) and the app's clock; the demo
register is built once.

``pytest --clock 2027-07-01`` (or GREENMINE_CLOCK=2027-07-01) runs the whole suite as if
that were today: the app's one clock is set to that day for every test, and for the
commands tests run in a subprocess."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from greenmine_desktop import clock
from greenmine_desktop.domain.scoring import full_marks as full_marks_answer  # noqa: F401 - shared by tests
from greenmine_desktop.services.demo import create_demo_county
from tests import county_backend
from tests.county_backend import copy_workspace

HEADER = ["采矿许可证号", "矿山名称", "采矿权人", "统一社会信用代码", "法定代表人", "开采矿种", "开采方式",
          "生产规模", "矿山状态", "乡镇", "有效期起", "有效期止", "绿色矿山级别", "异常名录", "投诉件数",
          "矿区面积(km²)", "坐标系", "拐点坐标"]
# A 1 km × 1 km square in CGCS2000 GK zone 35, close to the central meridian.
SQUARE = "A区[+1800,+1650]: 1,3930000.00,35527000.00; 2,3930000.00,35528000.00; " \
         "3,3929000.00,35528000.00; 4,3929000.00,35527000.00; 1,3930000.00,35527000.00"


def register_row(licence: str = "C6299012020010000000001", **overrides: str) -> list[str]:
    """A valid register row; keyword arguments replace columns by their header."""
    values = dict(zip(HEADER, [
        licence, "测试砂岩矿", "测试矿业有限公司", "", "张三", "建筑用砂岩", "露天", "小型", "生产", "青岚镇",
        "2020-01-01", "2030-01-01", "", "否", "", "", "", SQUARE,
    ], strict=True))
    values.update({key.replace("_", " "): value for key, value in overrides.items()})
    values.update(overrides)
    return [values[h] for h in HEADER]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--clock", default=os.environ.get(clock.ENVIRONMENT, ""), metavar="YYYY-MM-DD",
                     help="run every test with the app's clock set to this day (default: the wall clock)")
    parser.addoption("--slow", action="store_true", help="also run the tests marked slow (minutes each)")
    parser.addoption("--backend", choices=("sqlite", "postgresql"), default="sqlite",
                     help="where county workspaces keep their database (postgresql: the server named by "
                          f"{county_backend.ENVIRONMENT}; see tests/county_backend.py)")


def _test_clock(config: pytest.Config) -> clock.Clock:
    value = config.getoption("--clock")
    return clock.Clock.on_day(date.fromisoformat(value)) if value else clock.Clock()


def pytest_configure(config: pytest.Config) -> None:
    """Before any fixture (the session's demo workspaces too) reads the time."""
    config.addinivalue_line("markers", "slow: takes minutes; run only with --slow")
    if config.getoption("--clock"):
        date.fromisoformat(config.getoption("--clock"))  # a typo stops the run here
        os.environ[clock.ENVIRONMENT] = config.getoption("--clock")  # commands run in a subprocess
    clock.install(_test_clock(config))


@pytest.fixture(autouse=True)
def test_clock(request: pytest.FixtureRequest) -> Iterator[clock.Clock]:
    """The app's clock for this test, started afresh (at 09:00 of the set day)."""
    previous = clock.install(_test_clock(request.config))
    yield clock.current()
    clock.install(previous)


@pytest.fixture
def set_today() -> Callable[[date], clock.Clock]:
    """Set the app's clock to a day for the rest of the test (undone by ``test_clock``)."""
    def set_to(day: date) -> clock.Clock:
        clock.install(clock.Clock.on_day(day))
        return clock.current()
    return set_to


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files are build output: compiled here when missing, so plain ``pytest`` in a
    fresh virtual environment runs the GUI tests in Chinese as ``dev.py test`` does."""
    from greenmine_desktop.gui.i18n import compile_missing_translations

    compile_missing_translations()


@pytest.fixture(scope="session", autouse=True)
def county_server(request: pytest.FixtureRequest) -> Iterator[county_backend.TestServer | None]:
    """With ``--backend postgresql``, every county workspace made without a migration list
    of its own (a test's partial schema stays SQLite) is made on the test server."""
    if request.config.getoption("--backend") != "postgresql":
        yield None
        return
    if not os.environ.get(county_backend.ENVIRONMENT):
        pytest.exit(county_backend.INSTALL, returncode=4)
    from greenmine_desktop.store.workspace import Workspace

    server = county_backend.TestServer(os.environ[county_backend.ENVIRONMENT])
    county_backend.install(server)
    create = Workspace.create.__func__  # type: ignore[attr-defined]

    def create_on_server(cls, folder, kind, migrations=None, database=None):
        if kind == "county" and migrations is None and database is None:
            database = county_backend.new_county_database(folder)
        return create(cls, folder, kind, migrations, database)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Workspace, "create", classmethod(create_on_server))
        yield server
    county_backend.install(None)
    server.close()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[county_backend.TestServer]:
    """The test server, for tests that make their own databases on it (skipped, saying how
    to get one, where there is none)."""
    server = county_backend.server_or_skip()
    yield server
    server.close()


@pytest.fixture
def blank_database() -> Iterator[str]:
    """The connection string of a new, empty database on the test server (skipped, saying
    how to get one, where there is none)."""
    server = county_backend.server_or_skip()
    name = server.blank()
    yield server.conninfo_for(name)
    server.drop(name)
    server.close()


class MemoryKeyring(KeyringBackend):
    """A system keyring in a dict, noting what it was asked for, so a test neither needs
    nor touches the computer's own keychain."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.asked: list[tuple[str, str]] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.asked.append((service, username))
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch):
    """The keyring library uses an in-memory backend for the test (restored after), and no
    password typed in an earlier test is remembered for this one."""
    import keyring

    from greenmine_desktop.store import server_password

    before = keyring.get_keyring()
    fake = MemoryKeyring()
    keyring.set_keyring(fake)
    monkeypatch.setattr(server_password, "_session", {})
    yield fake
    keyring.set_keyring(before)


@pytest.fixture
def password_account(blank_database):
    """A connection string for a role that must give a password (dev.py's test cluster
    asks ``dev.PASSWORD_ROLE`` for one), to a blank database; and that password, new each
    test. Skipped where the server lets the role in without one."""
    import secrets

    import psycopg
    from psycopg.conninfo import make_conninfo

    from dev import PASSWORD_ROLE

    password = secrets.token_urlsafe(12)
    admin = psycopg.connect(blank_database, autocommit=True)
    try:
        exists = admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [PASSWORD_ROLE]).fetchone()
        verb = "ALTER" if exists else "CREATE"
        admin.execute(f"{verb} ROLE {PASSWORD_ROLE} LOGIN SUPERUSER PASSWORD '{password}'")
    finally:
        admin.close()
    conninfo = make_conninfo(blank_database, user=PASSWORD_ROLE)
    try:
        psycopg.connect(conninfo).close()
    except psycopg.OperationalError:
        return conninfo, password
    pytest.skip(f"this test server lets {PASSWORD_ROLE} in without a password (dev.py test's cluster asks for one)")


@pytest.fixture(autouse=True)
def county_databases(county_server, tmp_path: Path) -> Iterator[None]:
    """The test's own server databases are dropped after it."""
    yield
    county_backend.drop_under(tmp_path)


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("GREENMINE_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo_county(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def demo_folder(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the 300-mine demo county workspace, safe to change."""
    return copy_workspace(demo_template, tmp_path / "county")


@pytest.fixture(scope="session")
def year_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo county with its year so far (draws, checks, cases in every state)."""
    from greenmine_desktop.services.demo_year import create_demo_year
    from greenmine_desktop.store.workspace import Workspace

    folder = create_demo_county(tmp_path_factory.mktemp("year"))
    with Workspace.open(folder) as ws:
        create_demo_year(ws)
    return folder


@pytest.fixture
def year_folder(year_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo county with its year, safe to change."""
    return copy_workspace(year_template, tmp_path / "county")


@pytest.fixture(scope="session")
def loop_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's whole loop (services/demo_loop.py): ``county`` (its CA, its year so far
    and the November draw) and ``field``, the first team's laptop holding one finished,
    signed inspection whose return package imports at once. Copy it before changing it."""
    from greenmine_desktop.services.demo_loop import create_demo_loop

    folder = tmp_path_factory.mktemp("loop")
    create_demo_loop(folder)
    return folder


def demo_header(ws, template: str = "green-mine-2020", team_size: int = 2):
    """A valid inspection header for the demo's first mine: its first active inspectors."""
    from greenmine_desktop.domain.inspection import Header, TeamMember
    from greenmine_desktop.services.checklists import find_template

    licence = ws.conn.execute("SELECT licence_no FROM mine ORDER BY licence_no LIMIT 1").fetchone()[0]
    team = tuple(TeamMember(*r) for r in ws.conn.execute(
        "SELECT badge_no, name FROM inspector WHERE active = 1 ORDER BY badge_no LIMIT ?", [team_size]))
    return Header(licence, find_template(template).key, "2026-11-23T09:30", team, "赵经理", "矿长", "采场")


def settle_jobs() -> None:
    """Until no job is left: wait for the running ones, then deliver their results (which
    may start more, e.g. a list refreshing after a step). A test closing its workspace
    before this could see a late result read a closed database."""
    from PySide6.QtWidgets import QApplication

    from greenmine_desktop.gui.jobs import wait_for_jobs

    for _ in range(20):
        wait_for_jobs()
        QApplication.processEvents()
        if wait_for_jobs(0):
            return


def show_window(qtbot, ws, settings_file: Path):
    """The main window on ``ws``, in Chinese, shown and exposed, its status bar filled in
    (just after the first paint; closed by qtbot at the end)."""
    from greenmine_desktop.gui.i18n import install_language
    from greenmine_desktop.gui.main_window import MainWindow
    from greenmine_desktop.gui.settings import Settings

    install_language("zh_CN")
    window = MainWindow(ws, Settings(settings_file), "zh_CN")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.statusBarFilled, timeout=10_000):
        window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def inspection_window(qtbot, demo_folder, private_home):
    """The main window on a demo county with a draw made (so mines have drawn teams)."""
    from datetime import datetime

    from greenmine_desktop.services.demo import DEMO_PLAN
    from greenmine_desktop.services.draw_plans import run_plan
    from greenmine_desktop.store.workspace import Workspace

    ws = Workspace.open(demo_folder)
    run_plan(ws, DEMO_PLAN.name, "07 12 19 23 28 31", "operator", ("witness",), datetime(2026, 11, 20, 9).astimezone())
    main = show_window(qtbot, ws, private_home / "settings.ini")
    yield main
    main.close()
    ws.close()


def signature_png(shift: int = 0) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(image).line([(40, 150), (150, 60 + shift), (260, 140), (380, 70), (540, 120 - shift)],
                               fill=(20, 40, 120), width=6)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def inspected(demo_folder, tmp_path):
    """A signed inspection with two findings (one referred), notes, five photos and a refusal to sign."""
    from greenmine_desktop.services.inspections import start_inspection
    from greenmine_desktop.store.mines import mine_by_licence
    from greenmine_desktop.store.workspace import Workspace
    from tests.photo_factory import lat_lon, write_jpeg

    ws = Workspace.open(demo_folder)
    session = start_inspection(ws, demo_header(ws), "王建国")
    for item in session.template.items:
        session.set_answer(item.id, full_marks_answer(item), "王建国")
    session.set_answer("env.enclosed", 12, "王建国")
    session.set_note("env.enclosed", "破碎车间西侧未封闭", "王建国")
    session.set_answer("env.tidy", 10, "王建国")  # a finding for the bureau itself
    session.set_note("env.tidy", "废旧设备沿进场道路随意堆放", "王建国")
    mine = mine_by_licence(ws, session.header.mine_licence)
    corners = mine.parts[0].corners
    lat, lon = lat_lon(mine.epsg, sum(c.x for c in corners) / len(corners), sum(c.y for c in corners) / len(corners))
    photos = [write_jpeg(tmp_path / f"IMG_{n}.JPG", seed=300 + n, lat=lat + n * 1e-4, lon=lon) for n in range(5)]
    session.add_photos(photos[:2], "env.enclosed", "王建国")
    session.add_photos(photos[2:], "", "王建国")
    for n, member in enumerate(session.header.team):
        session.sign("inspector", member.name, signature_png(20 * n), member.name)
    session.sign("representative", session.header.representative, None, "王建国", refused=True, witness="村委会李主任")
    session.sign_off("王建国")
    yield ws, session
    ws.close()


def confirm_citations(ws, inspection_id: int, actor: str = "李科员") -> None:
    """The clerk confirms the proposed rule of each finding that has no confirmed citation
    (issue 19: a notice is issued only when every finding cites one)."""
    from greenmine_desktop.services.notices import citation_needs, confirm_citation

    for need in citation_needs(ws, inspection_id):
        confirm_citation(ws, inspection_id, need.item_id, need.proposed or "《测试用规范》第一条", actor)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--backend") == "postgresql":
        county_side = [item for item in items if county_backend.is_county_side(item)]
        config.hook.pytest_deselected(items=[item for item in items if item not in county_side])
        items[:] = county_side
        pending = county_backend.pending()
        for item in items:
            if item.nodeid in pending:
                item.add_marker(pytest.mark.xfail(reason=f"on PostgreSQL: {pending[item.nodeid]}", strict=True))
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
