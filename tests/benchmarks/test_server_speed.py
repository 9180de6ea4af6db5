"""The county desk on the bureau's PostgreSQL server (issue 22, "Must show"), each figure
beside its SQLite counterpart measured in the same run:

- import of 50 return packages × 40 photos into PostgreSQL: ≤ 1.5× the same import into
  SQLite (the two alternate round by round, so on a shared machine both see the same load)
- filter keystroke → updated register view on 50,000 mines on PostgreSQL: ≤ 30 ms median
  (and within 3× of the server's store query plus one repaint, as on SQLite)

The server is our own throwaway cluster (dev.test_postgres) on this machine's disk, with
fsync and synchronous commits on, as a bureau's server runs: SQLite syncs every commit
too (``synchronous = FULL``). The workspaces go onto it as a bureau's would, by
``workspace move`` (store/server_move.py). Without PostgreSQL installed the benchmarks
are skipped with the sentence that says how to install it.
"""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path

import pytest

from greenmine_desktop.store import server_move
from tests import county_backend
from tests.benchmarks.conftest import PACKAGES, PHOTOS, import_all, settle
from tests.benchmarks.record import TABLE
from tests.benchmarks.test_register_speed import _keystrokes, _time_store_and_like

ON_SERVER = " on PostgreSQL"


@pytest.fixture(scope="module")
def server():
    import dev

    with dev.test_postgres(durable=True) as conninfo:
        if conninfo is None:
            pytest.skip("PostgreSQL is not installed (Debian/Ubuntu: apt-get install postgresql-15): "
                        "the server's benchmarks need it")
        found = county_backend.TestServer(conninfo)
        yield found
        found.close()


def _moved(server: county_backend.TestServer, folder: Path, target: Path) -> Path:
    """A copy of the SQLite county workspace ``folder`` at ``target``, moved onto the server."""
    shutil.copytree(folder, target)
    server_move.move(target, server.conninfo_for(server.blank()))
    return target


def test_import_50_return_packages_into_postgresql(benchmark, packages, server):
    root, paths = packages
    template = _moved(server, root / "pristine", root / "server-pristine")
    on_sqlite: list[float] = []
    rounds = iter(range(100))
    databases: list[str] = []

    def sqlite_first():
        """The round's SQLite import, timed here (untimed for the benchmark), then a fresh
        server copy of the same county; the last round's folders go, as a disk reuses its space."""
        settle(*root.glob("on-sqlite-*"), *root.glob("on-server-*"))
        for name in databases:
            server.drop(name)
        n = next(rounds)
        target = shutil.copytree(root / "pristine", root / f"on-sqlite-{n}")
        settle()
        started = time.perf_counter()
        import_all(target, paths)
        on_sqlite.append(time.perf_counter() - started)
        databases[:] = [county_backend.copy_on_server(server, template, root / f"on-server-{n}")]
        settle()
        return (root / f"on-server-{n}", paths), {}

    benchmark.pedantic(import_all, setup=sqlite_first, rounds=3)
    sqlite = "import: the same into SQLite, same run"
    TABLE.baseline(sqlite, statistics.median(on_sqlite))
    row = TABLE.result(f"import {PACKAGES} packages × {PHOTOS} photos{ON_SERVER}", benchmark, baseline=sqlite,
                       ratio=1.5)
    print(f"\n{row.line()}")
    assert row.passed, row.line()


@pytest.fixture(scope="module")
def big_on_server(server, big_workspace, tmp_path_factory) -> Path:
    """The 50,000-mine county, moved onto the server."""
    return _moved(server, big_workspace, tmp_path_factory.mktemp("big-server") / "county")


def test_filter_store_query_baseline_on_postgresql(benchmark, big_on_server):
    _time_store_and_like(benchmark, big_on_server, "50,000", ON_SERVER)


def test_filter_keystroke_on_postgresql(qapp, benchmark, big_on_server, tmp_path):
    _keystrokes(qapp, benchmark, big_on_server, tmp_path / "s.ini", 50_000, target=0.030, where=ON_SERVER)
