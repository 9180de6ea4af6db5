"""The password of the bureau's PostgreSQL server, kept out of every plain file (issue 22).

A server workspace's folder names its database in ``database.json`` and never a
password: the folder may be on the bureau's share, readable by everyone who can open it.
libpq finds a password by itself in the user's password file (pgpass) or service file.
Where the bureau would rather use the operating system's own store (Windows' Credential
Manager, the Secret Service of a Kylin or UOS desktop, macOS' Keychain), the clerk keeps
it there through the ``keyring`` library (文件 → 连接服务器, 记住密码). A connection asks
for it only when the server wanted a password that neither the connection string nor
libpq's files gave, and hands it to libpq as a connect parameter: in memory, never on disk.
A password typed in for this session only is kept in this process's memory the same way,
so the window's later connections (its writer, a reopen) find it too.

The keyring is optional at run time: a computer without a usable backend (a headless
Linux, a locked or missing keychain) connects as before, and a server that refuses it
gets the usual sentence. Entries are found under :data:`SERVICE` by :func:`server_key`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from greenmine_desktop.messages import UserError

log = logging.getLogger(__name__)
T = TypeVar("T")

#: The keyring's service name for the server passwords (what Credential Manager lists).
SERVICE = "GreenMine PostgreSQL"
#: The connection's parts that say which server account a password is for.
IDENTITY = ("service", "host", "port", "dbname", "user")
DEFAULT_PORT = "5432"

_session: dict[str, str] = {}  # server key → a password typed in this run, not remembered


def server_key(conninfo: str) -> str:
    """The keyring's user name for the account ``conninfo`` connects to: its service, host,
    port, database and user as the string names them (``service=greenmine`` for a service,
    ``host=db.county port=5432 dbname=greenmine user=clerk`` otherwise), so the same
    account is found whichever way its string was written."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    given = {k: str(v) for k, v in conninfo_to_dict(conninfo).items() if k in IDENTITY and v not in (None, "")}
    if "host" in given and "service" not in given:
        given.setdefault("port", DEFAULT_PORT)
    return make_conninfo(**{k: given[k] for k in IDENTITY if k in given})


def _keyring() -> Any | None:
    """The keyring module with a usable backend, or None (not installed, or no backend)."""
    try:
        import keyring
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
    except Exception:  # noqa: BLE001 - a broken backend is the same as none: connect as before
        log.warning("the system keyring is not usable", exc_info=True)
        return None
    return keyring


def unavailable_reason() -> str | None:
    """Why no password can be remembered on this computer (in English, for the log and
    a tooltip's detail), or None when the system keyring works."""
    if _keyring() is not None:
        return None
    try:
        import keyring
    except ImportError:
        return "the keyring library is not installed"
    try:
        return f"no system keyring backend ({type(keyring.get_keyring()).__name__})"
    except Exception as exc:  # noqa: BLE001 - said, not raised: the caller only shows why
        return str(exc) or type(exc).__name__


def remember(conninfo: str, password: str) -> None:
    """Keep ``password`` for the account ``conninfo`` names in the system keyring."""
    keyring = _keyring()
    if keyring is None:
        raise UserError("keyring_unavailable", reason=unavailable_reason() or "")
    try:
        keyring.set_password(SERVICE, server_key(conninfo), password)
    except Exception as exc:  # noqa: BLE001 - any backend's refusal is the one sentence
        raise UserError("keyring_unavailable", reason=str(exc) or type(exc).__name__) from exc
    use_for_session(conninfo, password)


def use_for_session(conninfo: str, password: str) -> None:
    """Use ``password`` for the account ``conninfo`` names until this program ends."""
    _session[server_key(conninfo)] = password


def stored_password(conninfo: str) -> str | None:
    """The password kept for ``conninfo``'s account: typed in this run, or in the keyring."""
    key = server_key(conninfo)
    if key in _session:
        return _session[key]
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        found = keyring.get_password(SERVICE, key)
    except Exception:  # noqa: BLE001 - a locked or failing keychain: connect as before
        log.warning("the system keyring could not be read", exc_info=True)
        return None
    return found or None


def connect_with_stored_password(connect: Callable[..., T], conninfo: str) -> T:
    """``connect()``; when the server wanted a password that libpq did not have, or refused
    the one libpq's password file gave, once more with the stored one (``connect(password=…)``).
    Without a stored password, the first failure is raised as it was."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        return connect()
    except psycopg.OperationalError as exc:
        failed = exc.pgconn
        if failed is None or not (failed.needs_password or failed.used_password):
            raise
        if conninfo_to_dict(conninfo).get("password"):  # the caller's own password was refused
            raise
        password = stored_password(conninfo)
        if password is None:
            raise
    return connect(password=password)
