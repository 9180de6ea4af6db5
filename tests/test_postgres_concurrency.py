"""Several clerks on one server county at once (issue 22, "Must show"): four processes,
each with its own Workspace (tests/clerk_at_work.py), import ten different return
packages each and issue each inspection's rectification notice as it lands. Every package
is imported exactly once, the notice numbers are 1…N for the bureau and year with no gap
and no repeat, ``greenmine verify`` passes (the audit chain is one linear chain) and no
process failed or printed "unexpected". Two processes importing the same packages at
once import each once: the one that comes second finds them already there.

The county is the demo county with a CA and a draw, made on SQLite and moved onto the
test server (store/server_move.py), then copied per test (``CREATE DATABASE … TEMPLATE``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from greenmine_desktop.store import audit, server_move
from greenmine_desktop.store.workspace import Workspace
from tests import county_backend
from tests.county_backend import copy_on_server
from tests.return_packages import drawn_county, return_packages

CLERKS, EACH = 4, 10
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def moved(pg_server: county_backend.TestServer, tmp_path_factory):
    """(the county folder on the server, the packages): 40 packages of one finding and two
    small photos each."""
    root = tmp_path_factory.mktemp("clerks")
    county, team = drawn_county(root)
    packages = return_packages(root / "packages", CLERKS * EACH, team, photos=2, photo_bytes=64 * 1024, finding=True)
    name = pg_server.blank()
    server_move.move(county, pg_server.conninfo_for(name))
    yield county, packages
    pg_server.drop(name)


@pytest.fixture
def county(pg_server: county_backend.TestServer, moved, tmp_path) -> Path:
    """A fresh copy of the moved county: its folder and its own copy of the database."""
    copy = copy_on_server(pg_server, moved[0], tmp_path / "county")
    yield tmp_path / "county"
    pg_server.drop(copy)


def _clerks_at_once(county: Path, batches: list[list[Path]], home: Path) -> list[tuple[list[dict], str]]:
    """Each batch imported by its own process, all started together; (its lines, its stderr)."""
    env = {**os.environ, "GREENMINE_HOME": str(home), "GREENMINE_LANG": "en"}
    processes = [subprocess.Popen([sys.executable, "-m", "tests.clerk_at_work", str(county), f"科员{n}",
                                   *map(str, batch)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
                 for n, batch in enumerate(batches)]
    finished = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0 and "Traceback" not in err and "unexpected" not in (out + err).lower(), err
        finished.append(([json.loads(line) for line in out.splitlines()], err))
    return finished


def _verified(county: Path, home: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "greenmine_desktop", "verify", str(county)], capture_output=True,
                          text=True, env={**os.environ, "GREENMINE_HOME": str(home), "GREENMINE_LANG": "en"},
                          timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_four_clerks_import_and_issue_notices_at_once(county, moved, private_home):
    _, packages = moved
    batches = [packages[n::CLERKS] for n in range(CLERKS)]  # ten different packages each
    finished = _clerks_at_once(county, batches, private_home)
    results = [line for lines, _ in finished for line in lines if "result" in line]
    assert Counter(r["result"] for r in results) == {"imported": CLERKS * EACH}
    printed = [line["notice"] for lines, _ in finished for line in lines if "notice" in line]
    with Workspace.open(county) as ws:
        assert ws.on_server
        imports = ws.conn.execute("SELECT sha256, count(*) FROM package_import WHERE result = 'imported' "
                                  "GROUP BY sha256").fetchall()
        assert len(imports) == CLERKS * EACH and {n for _, n in imports} == {1}
        per_uid = ws.conn.execute("SELECT uid, count(*) FROM inspection GROUP BY uid").fetchall()
        assert len(per_uid) == CLERKS * EACH and {n for _, n in per_uid} == {1}
        numbers = ws.conn.execute("SELECT year, seq, number, issued_by FROM issued_document "
                                  "WHERE kind = 'rectification' ORDER BY seq").fetchall()
        assert {year for year, *_ in numbers} == {2026}
        assert [seq for _, seq, *_ in numbers] == list(range(1, CLERKS * EACH + 1))  # no gap, no repeat
        assert sorted(printed) == sorted(number for _, _, number, _ in numbers)
        assert {by for *_, by in numbers} == {f"科员{n}" for n in range(CLERKS)}  # each clerk's own name
        notices_for = Counter(r[0] for r in ws.conn.execute(
            "SELECT inspection_uid FROM issued_document WHERE kind = 'rectification'"))
        assert set(notices_for.values()) == {1} and len(notices_for) == CLERKS * EACH
        chain = audit.verify_chain(ws.conn)
        assert chain.ok
        actions = Counter(r[0] for r in ws.conn.execute("SELECT action FROM audit_log WHERE actor LIKE '科员%'"))
        assert actions == {"import": CLERKS * EACH, "issue": CLERKS * EACH}
    assert "verified" in _verified(county, private_home)


def test_two_clerks_importing_the_same_packages_import_each_once(county, moved, private_home):
    _, packages = moved
    same = packages[:EACH]
    finished = _clerks_at_once(county, [same, list(reversed(same))], private_home)
    by_package: dict[str, list[str]] = {}
    for lines, _ in finished:
        for line in lines:
            if "result" in line:
                by_package.setdefault(line["package"], []).append(line["result"])
    assert {p: sorted(r) for p, r in by_package.items()} == {p.name: ["imported", "unchanged"] for p in same}
    with Workspace.open(county) as ws:
        log = Counter(r[0] for r in ws.conn.execute("SELECT result FROM package_import"))
        assert log == {"imported": EACH, "unchanged": EACH}
        per_uid = ws.conn.execute("SELECT uid, count(*) FROM inspection GROUP BY uid").fetchall()
        assert len(per_uid) == EACH and {n for _, n in per_uid} == {1}
        seqs = [r[0] for r in ws.conn.execute("SELECT seq FROM issued_document ORDER BY seq")]
        assert seqs == list(range(1, EACH + 1))  # one notice per inspection, by whoever imported it
        assert audit.verify_chain(ws.conn).ok
    _verified(county, private_home)
