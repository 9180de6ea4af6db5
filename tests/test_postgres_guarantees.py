"""The database-side guarantees hold on PostgreSQL too (issue 22): every trigger of
db/*.sql has its plpgsql twin in db/postgresql/, and each refuses, on the server, what
the SQLite one refuses (and TRUNCATE, which skips row triggers). Each case first makes
the rows it needs, then tries the forbidden statement directly, as a database tool
would, and checks that it is refused and that the row is unchanged."""

from __future__ import annotations

import pytest

from greenmine_desktop.store import postgres
from greenmine_desktop.store.migrations import migrate

MINE = ("INSERT INTO mine (id, licence_no, name, company, mineral, mining_method, scale, status, epsg, "
        "search_text, updated_at) VALUES (1, 'C1', '矿', '公司', '砂', '露天', '小型', '生产', 4490, 'c1', 'now')")
INSPECTION = ("INSERT INTO inspection (id, uid, series, revision, mine_licence, template, status, started_at, team, "
              "created_at) VALUES (1, 'u1', 'u1', 1, 'C1', 't', 'open', 'then', '[]', 'now')")
SIGNED = [INSPECTION,
          "INSERT INTO answer VALUES (1, 'a', '5', '', 'now')",
          "INSERT INTO finding VALUES (1, 'a', 'r', '')",
          "INSERT INTO signature VALUES (1, 'inspector', '甲', NULL, 0, '', 'd', 'now')",
          "INSERT INTO photo (sha256, format, stored_as, original_name, size, width, height, scene_hash, thumbnail, "
          "imported_at) VALUES ('p', 'JPEG', 'photos/p.jpg', 'p.jpg', 1, 1, 1, 'h', '\\x00', 'now')",
          "INSERT INTO photo_link VALUES (1, 'p', '', 'now')",
          "UPDATE inspection SET status = 'signed', signed_sha256 = 'd' WHERE id = 1"]
DRAW = ["INSERT INTO spot_check_item (id, name) VALUES (1, 'i')",
        "INSERT INTO spot_check_plan VALUES (1, 'p', 1, '{}', 'now')",
        "INSERT INTO draw_record (id, plan_id, record_sha256, record, created_at) VALUES (1, 1, 'r', '{}', 'now')"]
DOCUMENT = ("INSERT INTO issued_document (id, kind, prefix, year, seq, number, inspection_uid, addressee, file, "
            "content_sha256, issued_on, issued_by) VALUES (1, 'rectification', '青', 2026, 1, '青〔2026〕1号', 'u1', "
            "'公司', 'f', 'd', 'now', '甲')")
FOLLOW_UP = ("INSERT INTO follow_up (id, kind, inspection_uid, mine_licence, findings, state, opened_on) "
             "VALUES (1, 'rectification', 'u1', 'C1', '[]', 'open', 'now')")
EVENT = ("INSERT INTO follow_up_event (id, follow_up, on_day, at, actor, action, from_state, to_state) "
         "VALUES (1, 1, 'd', 'now', '甲', 'a', 'open', 'open')")
LISTING = ("INSERT INTO listing_event (id, mine_licence, on_day, at, actor, from_status, to_status, reason) "
           "VALUES (1, 'C1', 'd', 'now', '甲', 'none', 'none', 'r')")
AUDIT = "INSERT INTO audit_log VALUES (1, 'now', '甲', 'create', 'x', '1', NULL, NULL, NULL, 'g', 'h')"
CERTIFICATE = ("INSERT INTO certificate (serial, badge_no, name, not_before, not_after, pem, issued_at, revoked_at) "
               "VALUES ('01', 'b', '甲', 'a', 'b', 'pem', 'now', 'then')")

CASES = {
    # 0003: a draw, once made, never changes
    "draw_record_no_update": (DRAW, "UPDATE draw_record SET record = '{\"x\": 1}'", "draw records are immutable"),
    "draw_record_no_delete": (DRAW, "DELETE FROM draw_record", "draw records are immutable"),
    "draw_record_no_truncate": (DRAW, "TRUNCATE draw_record CASCADE", "draw records are immutable"),
    # 0004: frozen signed inspections
    "inspection_frozen": ([MINE, *SIGNED], "UPDATE inspection SET representative = 'x'", "frozen"),
    "inspection_frozen (supersede changing the team)": (
        [MINE, *SIGNED], "UPDATE inspection SET status = 'superseded', team = '[1]'", "frozen"),
    "inspection_no_delete": ([MINE, INSPECTION], "DELETE FROM inspection", "never deleted"),
    "answer_frozen insert": ([MINE, *SIGNED], "INSERT INTO answer VALUES (1, 'b', '1', '', 'now')", "frozen"),
    "answer_frozen update": ([MINE, *SIGNED], "UPDATE answer SET value = '1'", "frozen"),
    "answer_no_delete": ([MINE, INSPECTION, "INSERT INTO answer VALUES (1, 'a', '5', '', 'now')"],
                         "DELETE FROM answer", "answers are cleared, never deleted"),
    "finding_frozen insert": ([MINE, *SIGNED], "INSERT INTO finding VALUES (1, 'b', 'r', '')", "frozen"),
    "finding_frozen update": ([MINE, *SIGNED], "UPDATE finding SET department = 'x'", "frozen"),
    "finding_frozen delete": ([MINE, *SIGNED], "DELETE FROM finding", "frozen"),
    "signature_frozen insert": ([MINE, *SIGNED], "INSERT INTO signature VALUES (1, 'inspector', '乙', NULL, 0, '', "
                                                 "'d', 'now')", "frozen"),
    "signature_frozen update": ([MINE, *SIGNED], "UPDATE signature SET witness = 'x'", "frozen"),
    "signature_frozen delete": ([MINE, *SIGNED], "DELETE FROM signature", "frozen"),
    "signature_no_truncate": ([MINE, *SIGNED], "TRUNCATE signature", "frozen"),
    "audit_log_no_update": ([AUDIT], "UPDATE audit_log SET actor = '乙'", "append-only"),
    "audit_log_no_delete": ([AUDIT], "DELETE FROM audit_log", "append-only"),
    "audit_log_no_truncate": ([AUDIT], "TRUNCATE audit_log", "append-only"),
    # 0005: photos are evidence
    "photo_link_frozen insert": ([MINE, *SIGNED, "INSERT INTO photo (sha256, format, stored_as, original_name, size, "
                                  "width, height, scene_hash, thumbnail, imported_at) VALUES ('q', 'JPEG', 'q', 'q', "
                                  "1, 1, 1, 'h', '\\x00', 'now')"],
                                 "INSERT INTO photo_link VALUES (1, 'q', '', 'now')", "frozen"),
    "photo_link_frozen update": ([MINE, *SIGNED], "UPDATE photo_link SET item_id = 'x'", "frozen"),
    "photo_link_frozen delete": ([MINE, *SIGNED], "DELETE FROM photo_link", "frozen"),
    "photo_no_delete": ([MINE, *SIGNED], "DELETE FROM photo WHERE sha256 NOT IN (SELECT sha256 FROM photo_link) "
                                         "OR true", "photos are evidence"),
    # 0006: notice numbers are never reused
    "issued_document_no_delete": ([DOCUMENT], "DELETE FROM issued_document", "numbers are not reused"),
    "issued_document_no_truncate": ([DOCUMENT], "TRUNCATE issued_document", "numbers are not reused"),
    "issued_document_no_renumber": ([DOCUMENT], "UPDATE issued_document SET seq = 2", "number never changes"),
    "issued_document unique number": ([DOCUMENT], DOCUMENT.replace("(1,", "(2,"), "issued_document_number_key"),
    # 0008: certificates
    "certificate_no_delete": ([CERTIFICATE], "DELETE FROM certificate", "never deleted; revoke them"),
    "certificate_no_unrevoke": ([CERTIFICATE], "UPDATE certificate SET revoked_at = NULL", "cannot be undone"),
    # 0010: cases and list status change only with their events
    "follow_up_event_append_only": ([FOLLOW_UP, EVENT], "UPDATE follow_up_event SET actor = '乙'", "never changed"),
    "follow_up_event_no_delete": ([FOLLOW_UP, EVENT], "DELETE FROM follow_up_event", "never deleted"),
    "follow_up_state_recorded": ([FOLLOW_UP, EVENT], "UPDATE follow_up SET state = 'closed'", "only with its event"),
    "listing_event_append_only": ([MINE, LISTING], "UPDATE listing_event SET reason = 'x'", "never changed"),
    "listing_event_no_delete": ([MINE, LISTING], "DELETE FROM listing_event", "never deleted"),
    "mine_green_status_recorded": ([MINE, LISTING], "UPDATE mine SET green_status = 'listed'",
                                   "only with its listing event"),
    # 0011: targets and publications are append-only
    "listing_target_append_only": (["INSERT INTO listing_target VALUES (1, 2026, '镇', 3, 'd', '甲')"],
                                   "UPDATE listing_target SET target = 4", "append-only"),
    "listing_target_no_delete": (["INSERT INTO listing_target VALUES (1, 2026, '镇', 3, 'd', '甲')"],
                                 "DELETE FROM listing_target", "append-only"),
    "publication_append_only": ([*DRAW, "INSERT INTO publication VALUES (1, 'r', 'd', '网站', 'now', '甲')"],
                                "UPDATE publication SET place = 'x'", "append-only"),
    "publication_no_delete": ([*DRAW, "INSERT INTO publication VALUES (1, 'r', 'd', '网站', 'now', '甲')"],
                              "DELETE FROM publication", "append-only"),
    # 0012, 0013: checks
    "finding_citation not blank": ([], "INSERT INTO finding_citation VALUES ('u', 'a', '  ', '甲', 'now')",
                                   "finding_citation_citation_check"),
    "holiday_day year matches the day": ([], "INSERT INTO holiday_day VALUES ('2026-01-01', 2027, 'off', '', 't', '', "
                                             "'甲', 'now')", "holiday_day_check"),
}


@pytest.fixture(scope="module")
def migrated(pg_server, tmp_path_factory):
    """One migrated database, copied for each case."""
    name = pg_server.blank()
    conn = postgres.connect(pg_server.conninfo_for(name))
    migrate(conn, tmp_path_factory.mktemp("pg"))
    conn.close()
    yield name
    pg_server.drop(name)


@pytest.fixture
def db(pg_server, migrated):
    name = pg_server.copy(migrated)
    conn = postgres.connect(pg_server.conninfo_for(name))
    yield conn
    conn.close()
    pg_server.drop(name)


def _dump(conn: postgres.Connection) -> list:
    tables = sorted(postgres.tables(conn))
    return [(t, sorted(map(repr, conn.raw.execute(f"SELECT * FROM {t}").fetchall()))) for t in tables]


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_server_refuses_it(db, case):
    setup, forbidden, sentence = CASES[case]
    for statement in setup:
        db.execute(statement)
    before = _dump(db)
    with pytest.raises(postgres.errors().IntegrityError, match=sentence):
        db.execute(forbidden)
    assert _dump(db) == before


def test_a_signed_inspection_may_still_be_superseded(db):
    """What the frozen-inspection trigger lets through, as on SQLite: a revision marks the
    signed one superseded, nothing else."""
    for statement in [MINE, *SIGNED]:
        db.execute(statement)
    db.execute("UPDATE inspection SET status = 'superseded'")
    assert db.execute("SELECT status FROM inspection").fetchone()[0] == "superseded"


def test_a_state_change_with_its_event_is_allowed(db):
    for statement in [MINE, LISTING, FOLLOW_UP, EVENT]:
        db.execute(statement)
    db.execute("INSERT INTO follow_up_event (id, follow_up, on_day, at, actor, action, from_state, to_state) "
               "VALUES (2, 1, 'd', 'now', '甲', 'close', 'open', 'closed')")
    db.execute("UPDATE follow_up SET state = 'closed'")
    db.execute("INSERT INTO listing_event (id, mine_licence, on_day, at, actor, from_status, to_status, reason) "
               "VALUES (2, 'C1', 'd', 'now', '甲', 'none', 'listed', 'r')")
    db.execute("UPDATE mine SET green_status = 'listed'")
    assert db.execute("SELECT state FROM follow_up").fetchone()[0] == "closed"
    assert db.execute("SELECT green_status FROM mine").fetchone()[0] == "listed"
