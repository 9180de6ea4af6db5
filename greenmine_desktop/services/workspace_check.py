"""``greenmine verify WORKSPACE``: is the database sound and the audit chain unbroken?"""

from __future__ import annotations

from greenmine_desktop.messages import Problem
from greenmine_desktop.store.audit import ChainCheck, verify_chain
from greenmine_desktop.store.workspace import Workspace


def check_workspace(ws: Workspace) -> tuple[list[Problem], ChainCheck]:
    """SQLite's own integrity check, then the audit chain; problems are empty when both hold."""
    problems = []
    rows = [r[0] for r in ws.conn.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        problems.append(Problem("integrity_failed", {"detail": "; ".join(rows[:3])}))
    chain = verify_chain(ws.conn)
    if not chain.ok:
        problems.append(Problem(f"audit_broken_{chain.reason}", {"seq": chain.first_broken}))
    return problems, chain
