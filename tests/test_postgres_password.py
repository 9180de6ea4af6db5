"""The server's password from the system keyring (issue 22, store/server_password.py).

On the test cluster the role ``dev.PASSWORD_ROLE`` must give a password (dev.py's
pg_hba.conf line); everyone else is trusted. The keyring is an in-memory backend
(tests/conftest.py's ``memory_keyring``), never the computer's own; the role's
connection string and password come from ``password_account`` there."""

from __future__ import annotations

from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backends import fail
from psycopg.conninfo import conninfo_to_dict

from dev import PASSWORD_ROLE
from greenmine_desktop.messages import UserError
from greenmine_desktop.services.county_setup import create_county_workspace
from greenmine_desktop.store import postgres, server_password
from greenmine_desktop.store.server_password import SERVICE, server_key
from greenmine_desktop.store.workspace import DATABASE_FILE, Workspace, read_database_file


def test_an_account_is_keyed_the_same_however_its_string_is_written():
    assert server_key("service=greenmine") == "service=greenmine"
    assert server_key("service=greenmine connect_timeout=5 application_name=x") == "service=greenmine"
    assert server_key("service=greenmine user=clerk2") == "service=greenmine user=clerk2"
    spelled = server_key("host=db.county dbname=greenmine user=clerk sslmode=require")
    assert spelled == server_key("postgresql://clerk@db.county:5432/greenmine?sslmode=require")
    assert spelled == "host=db.county port=5432 dbname=greenmine user=clerk"
    assert server_key("host=db.county port=5433 dbname=greenmine user=clerk") != spelled
    assert server_key("host=db.county dbname=other user=clerk") != spelled


def test_the_keyring_password_opens_a_server_workspace_and_no_file_holds_it(password_account, memory_keyring, tmp_path):
    conninfo, password = password_account
    server_password.remember(conninfo, password)
    assert memory_keyring.entries == {(SERVICE, server_key(conninfo)): password}
    folder = create_county_workspace(tmp_path / "county", "青岚县", "青岚县自然资源局", database=conninfo)
    memory_keyring.asked.clear()
    server_password._session.clear()  # a new run of the program: only the keyring knows it
    with Workspace.open(folder) as ws:
        assert ws.on_server and ws.meta("bureau") == "青岚县自然资源局"
        assert ws.conn.execute("SELECT current_user").fetchone()[0] == PASSWORD_ROLE
    assert memory_keyring.asked == [(SERVICE, server_key(conninfo))]
    assert "password" not in conninfo_to_dict(read_database_file(folder))
    for path in [p for p in Path(folder).rglob("*") if p.is_file()]:
        assert password.encode() not in path.read_bytes(), path


def test_without_a_stored_password_the_refusal_is_the_usual_sentence(password_account, memory_keyring, tmp_path):
    conninfo, _ = password_account
    with pytest.raises(UserError) as refused:
        Workspace.create(tmp_path / "county", "county", database=conninfo)
    assert refused.value.code == "server_unreachable" and "no password supplied" in refused.value.message("en")
    assert memory_keyring.asked == [(SERVICE, server_key(conninfo))]
    assert not (tmp_path / "county" / DATABASE_FILE).exists()


def test_a_wrong_stored_password_is_refused_in_one_sentence(password_account, memory_keyring, tmp_path):
    conninfo, password = password_account
    memory_keyring.set_password(SERVICE, server_key(conninfo), password + "x")
    with pytest.raises(UserError) as refused:
        Workspace.create(tmp_path / "county", "county", database=conninfo)
    assert refused.value.code == "server_unreachable"
    assert "password authentication failed" in refused.value.message("en")
    memory_keyring.set_password(SERVICE, server_key(conninfo), password)
    conn = postgres.connect(conninfo)
    conn.close()


def test_a_typed_password_is_used_for_the_session_only(password_account, memory_keyring):
    conninfo, password = password_account
    server_password.use_for_session(conninfo, password)
    conn = postgres.connect(conninfo)
    conn.close()
    assert memory_keyring.entries == {}, "nothing was written into the keyring"
    assert memory_keyring.asked == [], "the session's password came first"


def test_a_trusted_account_never_asks_the_keyring(blank_database, memory_keyring):
    conn = postgres.connect(blank_database)
    conn.close()
    assert memory_keyring.asked == []


@pytest.mark.parametrize("backend", ["none", "broken"])
def test_no_keyring_or_a_failing_one_leaves_connecting_as_it_was(password_account, blank_database, backend,
                                                                 monkeypatch):
    """A headless Linux has no backend (keyring's fail.Keyring); a locked keychain raises."""
    class Broken(fail.Keyring):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service, username):
            raise keyring.errors.KeyringLocked("locked")

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring() if backend == "none" else Broken())
    monkeypatch.setattr(server_password, "_session", {})
    try:
        conn = postgres.connect(blank_database)  # a trusted account: no keyring in the way
        conn.close()
        conninfo, _ = password_account
        with pytest.raises(psycopg.OperationalError, match="no password supplied"):
            postgres.connect(conninfo)
        assert server_password.unavailable_reason() is not None or backend == "broken"
        with pytest.raises(UserError) as refused:
            server_password.remember(conninfo, "secret")
        assert refused.value.code == "keyring_unavailable"
    finally:
        keyring.set_keyring(before)


def test_the_stored_password_reaches_libpq_as_a_parameter_not_in_the_string(memory_keyring, monkeypatch):
    """Which arguments psycopg.connect gets: the string as stored, and the password apart."""
    calls = []
    failed = type("FailedConnection", (), {"needs_password": True, "used_password": False})()
    refused = psycopg.OperationalError("fe_sendauth: no password supplied", pgconn=failed)

    def connect(conninfo, **kwargs):
        calls.append((conninfo, kwargs.get("password")))
        if "password" not in kwargs:
            raise refused
        raise psycopg.OperationalError("stop here")

    monkeypatch.setattr(psycopg, "connect", connect)
    conninfo = "service=greenmine"
    memory_keyring.set_password(SERVICE, "service=greenmine", "s3cret")
    with pytest.raises(psycopg.OperationalError, match="stop here"):
        postgres.connect(conninfo)
    assert calls == [(conninfo, None), (conninfo, "s3cret")]
    calls.clear()
    with pytest.raises(psycopg.OperationalError, match="no password supplied"):
        postgres.connect("service=greenmine password=given")  # the caller's own password: no second try
    assert calls == [("service=greenmine password=given", None)]
