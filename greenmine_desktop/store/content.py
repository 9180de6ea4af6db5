"""A fingerprint of the bureau's data, to show that something left it unchanged."""

from __future__ import annotations

import hashlib

from greenmine_desktop.store.workspace import Workspace

#: The tables that hold the bureau's data (not the logs of what was tried or done).
CONTENT_TABLES = ("mine", "mine_part", "inspector", "inspector_avoidance", "spot_check_item", "spot_check_plan",
                  "draw_record", "inspection", "answer", "finding", "signature", "photo", "photo_link",
                  "issued_document", "certificate", "assignment")


def content_hash(ws: Workspace) -> str:
    """SHA-256 over every row of the data tables in a fixed order: equal before and after
    means nothing in the bureau's data changed (a refused package must leave it equal)."""
    digest = hashlib.sha256()
    for table in CONTENT_TABLES:
        for row in ws.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):  # noqa: S608 - fixed names
            digest.update(repr(row).encode("utf-8"))
    return digest.hexdigest()
