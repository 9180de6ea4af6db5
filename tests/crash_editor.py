"""A child process for the crash test: makes one edit each time the test asks for one (a line
on stdin) and prints it once it has returned (what a user would see as done), until it is
killed. The handshake keeps at most one edit in flight, whatever the speed of the machine.

    python -m tests.crash_editor WORKSPACE
"""

from __future__ import annotations

import sys
from pathlib import Path

from greenmine_desktop.domain.checklist import Kind
from greenmine_desktop.services.checklists import find_template
from greenmine_desktop.services.inspections import start_inspection
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import demo_header

POINT_ITEMS = [i for i in find_template("green-mine-2020").items if i.kind == Kind.points]


def edit(k: int) -> tuple[str, float]:
    """The k-th edit of the run: the same sequence in the child and in the test."""
    item = POINT_ITEMS[k % len(POINT_ITEMS)]
    return item.id, float((k * 7) % (int(item.points) + 1))


def main(folder: str) -> None:
    ws = Workspace.open(Path(folder))
    session = start_inspection(ws, demo_header(ws), "王建国")
    print(f"inspection {session.id}", flush=True)
    k = 0
    while sys.stdin.readline():
        item_id, value = edit(k)
        session.set_answer(item_id, value, "王建国")
        print(f"done {k}", flush=True)
        k += 1


if __name__ == "__main__":
    main(sys.argv[1])
