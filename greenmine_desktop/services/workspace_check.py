"""``greenmine verify WORKSPACE``: is the database sound and the audit chain unbroken?"""

from __future__ import annotations

from greenmine_desktop.messages import Problem
from greenmine_desktop.store.audit import ChainCheck, verify_chain
from greenmine_desktop.store.content import content_hash
from greenmine_desktop.store.workspace import Workspace

__all__ = ["check_workspace", "content_hash"]


def check_workspace(ws: Workspace) -> tuple[list[Problem], ChainCheck]:
    """The database's own integrity check, then the audit chain; problems are empty when both hold."""
    problems = []
    broken = ws.integrity_problems()
    if broken:
        problems.append(Problem("integrity_failed", {"detail": "; ".join(broken[:3])}))
    chain = verify_chain(ws.conn)
    if not chain.ok:
        problems.append(Problem(f"audit_broken_{chain.reason}", {"seq": chain.first_broken}))
    return problems, chain
