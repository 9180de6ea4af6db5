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
  the county's records, and written in), mbtiles; workspace, migrations and in_lists
  (``IN (?, …)`` in chunks) below them.

The seams a second backend (PostgreSQL for a county desk with several clerks) implements:

- **Connection.** ``Workspace.open``/``create`` own one connection; each thread opens its
  own Workspace and the GUI runs every write on one worker (gui/ops.py). The functions
  that take ``ws.conn`` (audit, listing.status, holidays, photos.insert_photo/link,
  returns) are called inside a caller's transaction: a backend passes its own connection
  there, with the same ``execute``.
- **Transactions.** ``with ws.transaction():`` is all or nothing and turns a full disk into
  a sentence. Functions documented "inside the caller's transaction" never commit, so a
  use case composes several of them (an inspection edit and its audit row) in one.
- **Placeholders.** Statements use ``?`` (sqlite3's qmark style); psycopg uses ``%s``. Values
  are always parameters; identifiers are formatted into SQL only from fixed lists
  (draws.FILTER_COLUMNS, follow_ups._STEP_COLUMNS, content.CONTENT_TABLES).
- **Upserts.** ``INSERT … ON CONFLICT (key) DO UPDATE SET c = excluded.c`` (the same
  text works on PostgreSQL ≥ 9.5); no ``INSERT OR REPLACE`` outside mbtiles (an MBTiles
  file is SQLite by definition). ``INSERT OR IGNORE`` remains in photos.link and
  follow_ups.mark_examined (``ON CONFLICT DO NOTHING`` on PostgreSQL). sqlite-utils'
  bulk upserts remain inside mines.upsert_mines and inspectors.upsert_inspectors.
- **Generated ids.** SQLite gives ``cursor.lastrowid`` (inspections.insert_inspection);
  PostgreSQL needs ``RETURNING id`` in that one function (SQLite ≥ 3.35 accepts it too).
- **Types.** Dates and times are ISO 8601 text, flags 0/1 integers, structured values JSON
  text (a draw record exactly as hashed; an inspection's team). Lists are passed as
  ``IN (?, ?, …)``, in chunks (in_lists.in_chunks). ``json_each``/``json_extract``
  (SQLite only) remain in this package alone: in returns.py (the teams a draw record or
  a re-check task's audit row names, the inspections earlier imports' audit rows name,
  and the list parameters of four functions) and exchange.all_publications; a second
  backend writes those with its own JSON operators.
- **SQLite-only by nature:** ``Workspace.integrity_problems`` (PRAGMA integrity_check),
  ``backups.copy_database`` (the online backup API), the register's substring index
  (mine_search: FTS5 trigram; ``INDEXED BY`` in mines.id_query), WAL and the migrations in ``db/``
  with their triggers (append-only audit, frozen signed inspections, immutable draw
  records): a second backend brings its own migrations enforcing the same guarantees.
"""
