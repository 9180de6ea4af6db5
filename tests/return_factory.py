"""Return packages as a hostile inspector makes them: a county with two drawn teams, a
real return package from each team's laptop, and helpers to change a package's data and
sign it again with a real, valid inspector key (so only the county's own checks stand
between the package and the database)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from greenmine_desktop.domain.inspection import Finding, Header, TeamMember, content_digest
from greenmine_desktop.packages.container import CONTROL, write_package
from greenmine_desktop.services import keys
from greenmine_desktop.services.assignments import create_field_workspace, export_assignment, open_assignment
from greenmine_desktop.services.demo import DEMO_PLAN
from greenmine_desktop.services.draw_plans import run_plan
from greenmine_desktop.services.returns import export_return, import_returns
from greenmine_desktop.signing.ca import Identity, from_pkcs12
from greenmine_desktop.store.workspace import DB_NAME, Workspace
from tests.county_backend import copy_workspace

ROOT_PASS, P12_PASS = "县局根证书口令2026", "inspector-pass-1"


@dataclass(frozen=True)
class World:
    pristine: Path  # the county with team 2's inspection already imported
    before: Path  # the same county before that import
    good: Path  # team 1's return package (not yet imported)
    other: Path  # team 2's return package (imported into the pristine county)
    identity: Identity  # team 1's inspector key and certificate
    chain: list
    files: dict[str, bytes]  # the files of ``good`` (control files left out)
    folder: Path

    def county(self, target: Path) -> Path:
        """A fresh copy of the pristine county."""
        return copy_workspace(self.pristine, target)


def build_world(demo_template: Path, folder: Path) -> World:
    """County with a CA and a draw; team 1 and team 2 each finish one inspection on their
    own laptop and export it; team 2's is imported."""
    from tests.test_packages import finish_an_inspection

    county_folder = copy_workspace(demo_template, folder / "county")
    with Workspace.open(county_folder) as county:
        keys.create_county_ca(county, ROOT_PASS)
        record = run_plan(county, DEMO_PLAN.name, "07 12 19 23 28 31", "op", ("w",),
                          datetime(2026, 11, 20, 9).astimezone())
        packages = []
        for number in (1, 2):
            badges = record.teams()[number - 1]
            p12 = folder / f"inspector-{number}.p12"
            keys.issue_inspector(county, badges[0], ROOT_PASS, P12_PASS, p12)
            task = export_assignment(county, record.record_sha256, str(number), folder / f"team{number}.gmtask",
                                     ROOT_PASS)
            laptop = folder / f"field{number}"
            with create_field_workspace(laptop, p12, P12_PASS) as field:
                open_assignment(field, task)
                photos = folder / f"camera{number}"
                photos.mkdir()
                finish_an_inspection(field, photos, p12, seed=700 + 10 * number)
                packages.append(export_return(field, folder / f"team{number}.gmreturn", P12_PASS))
    copy_workspace(county_folder, folder / "county-before")  # closed: a server copies only an idle database
    with Workspace.open(county_folder) as county:
        [done] = import_returns(county, [packages[1]])
        assert done.result == "imported"
    identity, chain = from_pkcs12((folder / "inspector-1.p12").read_bytes(), P12_PASS)
    with zipfile.ZipFile(packages[0]) as archive:
        files = {n: archive.read(n) for n in archive.namelist() if n not in CONTROL}
    return World(county_folder, folder / "county-before", packages[0], packages[1], identity, chain, files, folder)


def data_of(files: dict[str, bytes]) -> dict[str, Any]:
    return json.loads(files["data.json"])


def with_data(files: dict[str, bytes], data: dict[str, Any]) -> dict[str, bytes]:
    return {**files, "data.json": json.dumps(data, ensure_ascii=False).encode("utf-8")}


def reseal(inspection: dict[str, Any]) -> dict[str, Any]:
    """What a hostile inspector does after changing an inspection: work out its content
    digest again and put it in as the signed digest and every signature's (a digest is no
    secret; only the package signature needs a key)."""
    team = tuple(TeamMember(**m) for m in json.loads(inspection["team"]))
    header = Header(inspection["mine_licence"], inspection["template"], inspection["started_at"], team,
                    inspection["representative"], inspection["representative_title"], inspection["place"])
    answers = {a["item_id"]: json.loads(a["value"]) for a in inspection["answers"] if a["value"] is not None}
    notes = {a["item_id"]: a["note"] for a in inspection["answers"] if a["note"]}
    findings = {f["item_id"]: Finding(f["item_id"], f["requirement"], f["department"]) for f in inspection["findings"]}
    photos = {p["sha256"]: p["item_id"] for p in inspection["photos"]}
    digest = content_digest(header, answers, notes, findings, photos)
    inspection["signed_sha256"] = digest
    for signature in inspection["signatures"]:
        signature["content_sha256"] = digest
    return inspection


def signed(world: World, out: Path, files: dict[str, bytes], identity: Identity | None = None) -> Path:
    """``files`` as a return package signed with team 1's real key (or ``identity``)."""
    who = identity or world.identity
    return write_package(out, "return", {"badge_no": "x"}, files, who, world.chain)


def dump(folder: Path) -> dict[str, list]:
    """Every row of every table but the import log: equal before and after means the
    county's data did not change."""
    conn = sqlite3.connect(folder / DB_NAME)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name != 'package_import' ORDER BY name")]
        return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}  # noqa: S608
    finally:
        conn.close()


def files_in(folder: Path) -> dict[str, str]:
    """Every file in a workspace but the database's own, with its SHA-256."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.startswith(DB_NAME)}
