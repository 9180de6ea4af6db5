"""Two ``greenmine package import`` processes at once on one county (issue 15): the
existence check and the writes are one ``BEGIN IMMEDIATE`` transaction, so the second
waits, then imports its own package or finds the same one already there. Every round
ends with each inspection imported once, both tries in the import log and no
"unexpected error"."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest

from greenmine_desktop.store.workspace import DB_NAME
from tests.county_backend import copy_workspace
from tests.return_factory import build_world

ROUNDS = 20
pytestmark = pytest.mark.slow  # 80 processes, each loading the app: about two minutes on a loaded laptop


@pytest.fixture(scope="module")
def world(demo_template, tmp_path_factory):
    return build_world(demo_template, tmp_path_factory.mktemp("world"))


def _start(county, package, env):
    return subprocess.Popen([sys.executable, "-m", "greenmine_desktop", "package", "import", "--workspace",
                             str(county), str(package)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


@pytest.mark.parametrize("same", [False, True], ids=["two packages", "the same package"])
def test_two_imports_at_once(world, tmp_path, private_home, same):
    env = {**os.environ, "GREENMINE_HOME": str(private_home), "GREENMINE_LANG": "en"}
    packages = (world.good, world.good) if same else (world.good, world.other)
    for round_ in range(ROUNDS):
        county = tmp_path / f"county-{round_}"
        copy_workspace(world.before, county)
        first, second = packages if round_ % 2 else packages[::-1]
        one = _start(county, first, env)
        time.sleep((round_ % 5) * 0.1)  # 0 to 0.4 s apart, either process first
        two = _start(county, second, env)
        outputs = [p.communicate(timeout=300) for p in (one, two)]
        codes = [p.returncode for p in (one, two)]
        text = " ".join(o.decode() + e.decode() for o, e in outputs)
        log_file = private_home / "logs" / "greenmine.log"
        assert "unexpected" not in text and codes == [0, 0], (round_, codes, text,
                                                             log_file.read_text() if log_file.exists() else "")
        conn = sqlite3.connect(county / DB_NAME)
        try:
            log = sorted(r[0] for r in conn.execute("SELECT result FROM package_import"))
            per_uid = conn.execute("SELECT uid, count(*) FROM inspection GROUP BY uid HAVING count(*) > 1").fetchall()
            imported = conn.execute("SELECT count(*) FROM inspection WHERE uid IN (SELECT j.value FROM audit_log a, "
                                    "json_each(a.new, '$.inspections') j WHERE a.action = 'import')").fetchone()[0]
        finally:
            conn.close()
        assert log == (["imported", "unchanged"] if same else ["imported", "imported"]), (round_, log)
        assert per_uid == [] and imported == (1 if same else 2), round_
        assert not (county / "staging").exists() or not any((county / "staging").iterdir())
        shutil.rmtree(county)
