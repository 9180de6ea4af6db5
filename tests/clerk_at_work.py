"""One clerk's process in the racing tests (tests/test_postgres_concurrency.py): opens the
county workspace on its own, imports its return packages one by one and, for each
inspection a package brought, issues the rectification notice at once, as a clerk at the
county desk does. One JSON object a line on stdout; a failure is left to show itself (a
traceback on stderr, a non-zero exit), since that is what the tests look for.

    python -m tests.clerk_at_work WORKSPACE CLERK PACKAGE...
"""

from __future__ import annotations

import json
import sys
import zipfile
from datetime import date
from pathlib import Path

from greenmine_desktop.services.notices import issue_rectification_notice
from greenmine_desktop.services.returns import import_returns
from greenmine_desktop.store.inspections import inspection_id
from greenmine_desktop.store.workspace import Workspace

ISSUED_ON = date(2026, 11, 25)


def main(argv: list[str]) -> int:
    folder, clerk, *packages = argv
    with Workspace.open(Path(folder)) as ws:
        for package in map(Path, packages):
            [result] = import_returns(ws, [package], clerk)
            print(json.dumps({"package": package.name, "result": result.result,
                              "problem": result.problem.message("en") if result.problem else ""}), flush=True)
            if result.result != "imported":
                continue
            with zipfile.ZipFile(package) as archive:
                uids = [i["uid"] for i in json.loads(archive.read("data.json"))["inspections"]]
            for uid in uids:
                found = inspection_id(ws, uid)
                assert found is not None, uid
                issued = issue_rectification_notice(ws, found, 30, working=False, issued_on=ISSUED_ON, actor=clerk)
                print(json.dumps({"notice": issued.number, "inspection": uid}, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
