"""The workspace database: the only code that knows table and column names.

The rule (issue 18): services, the CLI and the adapters never write SQL, never call
``execute``/``query`` and never touch sqlite-utils; they call the functions here, which
return dataclasses or plain values (never cursors, never rows shaped by a SELECT). The GUI
calls services only: it takes nothing from this package but the
:class:`~greenmine_desktop.store.workspace.Workspace` type. ``tests/test_layers.py``
checks all three (``test_no_sql_outside_store``, ``test_the_command_line_does_no_sql``,
``test_the_gui_reads_through_services``), without exceptions.

A function here takes a :class:`~greenmine_desktop.store.workspace.Workspace`, or, where
it runs inside a caller's transaction, that workspace's connection ``ws.conn``: the
object whose ``execute(sql, params)`` (with ``?`` placeholders) a second backend provides
too.

One module per aggregate:
  mines, listing (list status, events, town targets), inspectors, certificates,
  draws (spot-check items, plans, eligible mines, draw records, publications),
  draw_secrets (a draw's confidential avoidance lists), inspections (inspections,
  answers, findings, signatures; assignments for lists and those a laptop opened;
  finished inspections whole and earlier findings, as packages carry them), photos,
  follow_ups (cases, their steps, re-check tasks), documents (issued notices and
  letters), provisional_deadlines, citations, holidays, audit (the hash chain), backups,
  content (the data fingerprint), exchange, returns (a return package checked against
  the county's records, and written in), mbtiles, server_move (a county workspace into
  PostgreSQL); workspace, migrations, in_lists (``IN (?, …)`` in chunks) and postgres
  (the server connection) below them.

The seams a second backend implements, and how PostgreSQL does (issue 22; a county
workspace whose folder holds ``database.json``; store/postgres.py says why psycopg 3 and
no SQLAlchemy):

- **Connection.** ``Workspace.open``/``create`` own one connection; each thread opens its
  own Workspace and the GUI runs every write on one worker (gui/ops.py). Several older
  functions (audit, listing.status, holidays, photos.insert_photo/link, returns) still take
  ``ws.conn``: on a server that is store.postgres.Connection, which speaks like sqlite3's
  (``execute``/``executemany`` → cursor, ``in_transaction``, ``total_changes``); a
  function whose SQL differs asks ``ws.dialect`` (or ``migrations.dialect_of(conn)``).
- **Transactions.** ``with ws.transaction():`` is all or nothing and turns a full disk into
  a sentence. Functions documented "inside the caller's transaction" never commit, so a
  use case composes several of them (an inspection edit and its audit row) in one. On a
  server every transaction first takes the bureau's one writer lock (an advisory lock), as
  SQLite has one writer: the audit chain stays one chain, numbers stay gap-free.
- **Placeholders.** Statements use ``?`` (sqlite3's qmark style) and ``:name``; the adapter
  turns them into psycopg's ``%s``/``%(name)s``. Values are always parameters;
  identifiers are formatted into SQL only from fixed lists (draws.FILTER_COLUMNS,
  follow_ups._STEP_COLUMNS, content.CONTENT_TABLES, the store's own table names).
- **Upserts.** ``INSERT … ON CONFLICT (key) DO UPDATE SET c = excluded.c`` and ``ON CONFLICT
  DO NOTHING``, the same text on both; bulk ones through ``Workspace.upsert_all`` /
  ``insert_all`` (the register and the inspectors; sqlite-utils is SQLite's alone, and
  ``Workspace.rows`` gives dict rows on both). No ``INSERT OR REPLACE`` outside mbtiles (an
  MBTiles file is SQLite by definition) and services/assignments.py (field side).
- **Generated ids.** ``RETURNING id`` (SQLite ≥ 3.35 too). Server ids are identity columns.
- **Types.** Dates and times are ISO 8601 text, flags 0/1 integers (the adapter passes a
  Python bool as 0/1; write ``active = 1``, not a bare ``active``), structured values JSON
  text. Lists are passed as ``IN (?, ?, …)``, in chunks (in_lists.in_chunks). No
  ``json_each``/``json_extract`` (SQLite's alone): the JSON inside a column is parsed in
  Python, after the SQL has narrowed the rows to those that can matter (store/returns.py:
  audit rows by action and entity and a ``LIKE`` on the value they must name).
- **Engine-specific by nature:** ``Workspace.integrity_problems`` (PRAGMA integrity_check;
  on a server, its pages' checksum failures), ``backups.copy_database`` (SQLite's online
  backup; a server is backed up by its administrator, said in a sentence), WAL, the
  substring index (FTS5 trigram / pg_trgm GIN, store/mine_search.py) and the migrations:
  db/ for SQLite, db/postgresql/ for the server, kept equal by tests/test_postgres_schema.py,
  each trigger's guarantee tested on the server by tests/test_postgres_guarantees.py.
"""
