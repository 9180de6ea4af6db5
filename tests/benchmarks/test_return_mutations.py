"""1,000 random mutations of a good return package, imported one by one (issue 15).

Two kinds, half each:
- **unsigned**: bytes of the package file flipped, inserted, zeroed or cut off, as a bad
  USB stick or a careless hand does. Nothing changed under the signature may ever be
  accepted: an accepted one must hold exactly the original manifest and files.
- **re-signed**: the data or the files changed (values of any type put anywhere, keys
  dropped or added, files dropped, added under any name or changed), the digests worked
  out again half of the time, and the package signed again with team 1's real key, as a
  hostile inspector does. Such a package may be accepted only if it passes every county
  check; each acceptance is counted and the county is checked afterwards (integrity,
  audit chain, every imported inspection on a mine drawn for its team).

For every mutation: never "unexpected error"; a refusal leaves every table but the
import log and every file as they were; no file is left in ``staging/``.

Run: ``python -m pytest tests/benchmarks/test_return_mutations.py -s`` (set
``GREENMINE_MUTATIONS`` for another count).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import time
from collections import Counter

from greenmine_desktop.packages.container import read_package
from greenmine_desktop.services.keys import root_certificate
from greenmine_desktop.services.returns import import_returns
from greenmine_desktop.services.workspace_check import check_workspace
from greenmine_desktop.store.returns import assigned_teams
from greenmine_desktop.store.workspace import Workspace
from tests.return_factory import build_world, data_of, dump, files_in, reseal, signed, with_data

COUNT = int(os.environ.get("GREENMINE_MUTATIONS", "1000"))
VALUES = [None, 0, -1, 1, 1.5, 10**20, "", "x" * 300, True, False, [], {}, [1], {"a": 1}, "../../etc/passwd",
          "C:x", "CON", "pass", "fail", "na", "signed", "superseded", "open", "0" * 64, "f" * 64, "inspector",
          "representative", "reports/x.pdf", "photos/ab/x.jpg", "1e400", "NaN", '"pass"', "0", "[]"]
NAMES = ["photos/ab/readme.exe", "reports/C:x.pdf", "reports/CON.pdf", "reports/x.pdf.", "a/../b", "thumbs/x.jpg",
         "signatures/x.png", "reports/new.pdf", "data.json.bak", "photos/", "CHAIN.PEM", "Data.json", "x" * 300]


def _paths(value, trail=()):
    yield trail
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*trail, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*trail, index))


def _at(data, trail):
    for step in trail:
        data = data[step]
    return data


def _mutate_data(rng: random.Random, data: dict) -> dict:
    trail = rng.choice([t for t in _paths(data) if t])
    parent, key = _at(data, trail[:-1]), trail[-1]
    operation = rng.choice(["replace", "replace", "delete", "add", "duplicate", "json-text"])
    if operation == "replace":
        parent[key] = rng.choice([*VALUES, _at(data, rng.choice([t for t in _paths(data) if t]))])
    elif operation == "delete":
        del parent[key]
    elif operation == "add" and isinstance(parent, dict):
        parent[rng.choice(["extra", "thumbnail", "id", "status) --", "stored_as"])] = rng.choice(VALUES)
    elif operation == "duplicate" and isinstance(parent, list):
        parent.append(json.loads(json.dumps(parent[key])))
    elif isinstance(parent[key], str):  # an answer's JSON text, a team's JSON
        parent[key] = json.dumps(rng.choice(VALUES))
    return data


def _mutate_files(rng: random.Random, files: dict[str, bytes]) -> dict[str, bytes]:
    files = dict(files)
    name = rng.choice(sorted(files))
    operation = rng.choice(["drop", "add", "change", "cut"])
    if operation == "drop":
        del files[name]
    elif operation == "add":
        files[rng.choice(NAMES)] = rng.randbytes(rng.randint(0, 200))
    elif operation == "change" and files[name]:
        data = bytearray(files[name])
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        files[name] = bytes(data)
    else:
        files[name] = files[name][: rng.randint(0, len(files[name]))]
    return files


def _mutate_bytes(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    operation = rng.choice(["flip", "flip", "insert", "zero", "cut"])
    if operation == "flip":
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    elif operation == "insert":
        at = rng.randrange(len(data))
        data[at:at] = rng.randbytes(rng.randint(1, 64))
    elif operation == "zero":
        at = rng.randrange(len(data))
        data[at:at + rng.randint(1, 512)] = bytes(min(512, len(data) - at))
    else:
        del data[rng.randrange(len(data)):]
    return bytes(data)


def _resigned(rng, world, out):
    if rng.random() < 0.5:
        data = _mutate_data(rng, data_of(world.files))
        if rng.random() < 0.5:
            for inspection in data.get("inspections", []) if isinstance(data.get("inspections"), list) else []:
                try:
                    reseal(inspection)
                except Exception:  # noqa: BLE001, S110 - a structure too broken to reseal goes as it is
                    pass
        files = with_data(world.files, data)
    else:
        files = _mutate_files(rng, world.files)
    return signed(world, out, files)


def test_1000_mutations_of_a_good_package(demo_template, tmp_path_factory):
    root = tmp_path_factory.mktemp("mutations")
    world = build_world(demo_template, root / "world")
    good_raw = world.good.read_bytes()
    county = world.county(root / "county")
    with Workspace.open(county) as ws:
        original = read_package(world.good, root_certificate(ws), "return")
    before, files_before = dump(county), files_in(county)
    rng = random.Random(15)
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    for n in range(COUNT):
        path = root / "mutated.gmreturn"
        kind = "unsigned" if n % 2 == 0 else "re-signed"
        if kind == "unsigned":
            path.write_bytes(_mutate_bytes(rng, good_raw))
        else:
            path = _resigned(rng, world, path)
        with Workspace.open(county) as ws:
            [result] = import_returns(ws, [path])
        counts[f"{kind} {result.result}"] += 1
        if result.problem is not None and result.problem.code == "unexpected":
            counts["unexpected error"] += 1
        staging = county / "staging"
        if staging.exists() and any(staging.iterdir()):
            counts["leftover staging"] += 1
        if result.result == "refused":
            if dump(county) != before:
                counts["refusal changed the data"] += 1
            if files_in(county) != files_before:
                counts["refusal left files"] += 1
            continue
        if kind == "unsigned":
            with Workspace.open(county) as ws:
                accepted = read_package(path, root_certificate(ws), "return")
            if accepted.manifest != original.manifest or accepted.files != original.files:
                counts["accepted change under the signature"] += 1
        with Workspace.open(county) as ws:
            if check_workspace(ws)[0]:
                counts["accepted, county inconsistent"] += 1
            for licence, team in ws.conn.execute("SELECT mine_licence, team FROM inspection"):
                badges = frozenset(m["badge_no"] for m in json.loads(team))
                if not any(badges <= t for t in assigned_teams(ws.conn, licence)):
                    counts["accepted, team not assigned"] += 1
        shutil.rmtree(county)
        world.county(county)
    elapsed = time.perf_counter() - started
    print(f"\n{COUNT} mutations in {elapsed:.0f} s: " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    assert counts["unexpected error"] == 0
    assert counts["accepted change under the signature"] == 0
    assert counts["leftover staging"] == 0 and counts["refusal left files"] == 0
    assert counts["refusal changed the data"] == 0
    assert counts["accepted, county inconsistent"] == 0 and counts["accepted, team not assigned"] == 0
    assert sum(v for k, v in counts.items() if k.endswith((" imported", " unchanged", " refused"))) == COUNT
