"""Several clerks on one server workspace (issue 22): writers take turns on the bureau's
writer lock as SQLite's one writer does, so the audit chain stays one chain and a number
read and then written is never given twice; readers never wait for a writer."""

from __future__ import annotations

import threading
import time

import pytest

from greenmine_desktop.messages import UserError
from greenmine_desktop.store import audit, documents
from greenmine_desktop.store.workspace import Workspace
from tests.county_backend import server_or_skip

CLERKS, EACH = 4, 15


@pytest.fixture
def county(tmp_path):
    server = server_or_skip()
    name = server.copy()
    Workspace.create(tmp_path / "county", "county", database=server.conninfo_for(name)).close()
    yield tmp_path / "county"
    server.drop(name)
    server.close()


def test_clerks_writing_at_once_make_one_chain_and_no_number_twice(county):
    """Each clerk reads the last sequence number and writes the next one, with an audit row,
    in one transaction, 15 times, 4 clerks at once (each on its own connection)."""
    failures: list[BaseException] = []

    def clerk(number: int) -> None:
        try:
            with Workspace.open(county) as ws:
                for _ in range(EACH):
                    with ws.transaction(immediate=True):
                        seq = documents.last_seq(ws, "青", 2026) + 1
                        time.sleep(0.002)  # a slow clerk: another would slip in here without the lock
                        ws.conn.execute("INSERT INTO issued_document (kind, prefix, year, seq, number, "
                                        "inspection_uid, addressee, file, content_sha256, issued_on, issued_by) "
                                        "VALUES ('rectification', '青', 2026, ?, ?, 'u', '公司', 'f', 'd', 'now', ?)",
                                        [seq, f"青〔2026〕{seq}号", f"clerk {number}"])
                        audit.append(ws.conn, f"clerk {number}", "issue", "document", seq)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            failures.append(exc)

    threads = [threading.Thread(target=clerk, args=(n,)) for n in range(CLERKS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not failures
    with Workspace.open(county) as ws:
        seqs = [r[0] for r in ws.conn.execute("SELECT seq FROM issued_document ORDER BY seq")]
        assert seqs == list(range(1, CLERKS * EACH + 1))
        chain = audit.verify_chain(ws.conn)
        assert chain.ok and chain.rows >= CLERKS * EACH
        actors = {r[0] for r in ws.conn.execute("SELECT actor FROM audit_log WHERE action = 'issue'")}
        assert actors == {f"clerk {n}" for n in range(CLERKS)}


def test_a_reader_does_not_wait_for_a_writer_and_a_second_writer_does(county):
    with Workspace.open(county) as writer, Workspace.open(county) as reader, Workspace.open(county) as other:
        with writer.transaction():
            writer.set_meta({"county": "青岚县"})
            started = time.perf_counter()
            assert reader.meta("county") is None  # not committed yet, and no wait
            assert time.perf_counter() - started < 1
            with other.waiting_for_writers(0.3):
                started = time.perf_counter()
                with pytest.raises(UserError) as err, other.transaction():
                    other.set_meta({"county": "别县"})
                assert err.value.code == "workspace_locked" and time.perf_counter() - started >= 0.25
        assert reader.meta("county") == "青岚县" == other.meta("county")


def test_a_failed_transaction_leaves_nothing_and_the_connection_usable(county):
    with Workspace.open(county) as ws:
        with pytest.raises(ZeroDivisionError), ws.transaction():
            ws.set_meta({"county": "青岚县"})
            with ws.transaction():  # nested: a savepoint
                ws.set_meta({"bureau": "x"})
            1 / 0  # noqa: B018
        assert ws.meta("county") is None and ws.meta("bureau") is None
        with ws.transaction():
            ws.set_meta({"county": "青岚县"})
            with pytest.raises(ValueError), ws.transaction():
                ws.set_meta({"bureau": "x"})
                raise ValueError
        assert ws.meta("county") == "青岚县" and ws.meta("bureau") is None


def test_a_percent_sign_in_a_literal_reaches_the_server_as_one(county):
    """psycopg reads ``%`` everywhere in a statement (it knows no quotes): a ``LIKE 'x:%'``
    with parameters, or a ``%`` in a statement without any, is the server's own ``%``."""
    with Workspace.open(county) as ws:
        with ws.transaction():
            audit.append(ws.conn, "甲", "export", "assignment", "follow_up:7", new={"share": "50%"})
        assert ws.conn.execute("SELECT count(*) FROM audit_log WHERE entity_id LIKE 'follow_up:%' AND actor = ?",
                               ["甲"]).fetchone()[0] == 1
        assert ws.conn.execute("SELECT '50%', 7 % 4").fetchone() == ("50%", 3)
        assert [r["n"] for r in ws.rows("SELECT '%' AS n")] == ["%"]
