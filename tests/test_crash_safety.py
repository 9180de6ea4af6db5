"""Kill the process in the middle of a run of edits: everything shown as done is on disk,
the database is sound and the audit chain verifies."""

import random
import subprocess
import sys
from pathlib import Path

import pytest

from greenmine_desktop.services.inspections import InspectionSession
from greenmine_desktop.services.workspace_check import check_workspace
from greenmine_desktop.store.workspace import Workspace
from tests.crash_editor import edit

ROOT = Path(__file__).resolve().parents[1]


def state_after(edits: int) -> dict[str, float]:
    answers: dict[str, float] = {}
    for k in range(edits):
        item_id, value = edit(k)
        answers[item_id] = value
    return answers


@pytest.mark.parametrize("kill_after", random.Random(20261123).sample(range(20, 400), 3))
def test_sigkill_mid_edits_loses_nothing_shown_as_done(demo_folder, kill_after):
    child = subprocess.Popen([sys.executable, "-m", "tests.crash_editor", str(demo_folder)], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def ask_for_edit() -> None:
        child.stdin.write("\n")
        child.stdin.flush()

    try:
        inspection_id = int(child.stdout.readline().split()[1])
        shown = 0
        while shown < kill_after:
            ask_for_edit()
            shown = int(child.stdout.readline().split()[1]) + 1
        ask_for_edit()  # one more edit in flight when the process dies
        child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
    finally:
        child.wait(timeout=30)
        child.stdin.close()
        child.stdout.close()
    assert shown == kill_after
    with Workspace.open(demo_folder) as ws:
        problems, chain = check_workspace(ws)
        assert problems == [] and chain.ok and chain.rows > 0
        answers = InspectionSession(ws, inspection_id).answers
    # Every edit shown as done is there; at most the one in flight when killed went further.
    assert answers in (state_after(shown), state_after(shown + 1))
