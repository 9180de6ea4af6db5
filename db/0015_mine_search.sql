-- issue 23: a substring index for the register's text filter, so a keystroke looks up the
-- mines that contain the text instead of scanning every row with LIKE '%…%'.
--
-- FTS5's trigram tokenizer indexes every run of three characters of mine.search_text
-- (already casefolded, so case_sensitive 1 matches exactly what LIKE matched). Texts of 3+
-- characters are a phrase query. Texts of 1 or 2 characters have no trigram of their own;
-- they are the prefix of the trigrams that start where they occur, read from the index's
-- vocabulary (mine_search_instance). For that, every indexed text ends in two U+001F
-- characters, so a text's last character still begins a trigram; a filter text is
-- stripped of whitespace (U+001F is whitespace to Python's str.strip) and never ends in
-- one, so the padding cannot make a longer text match where LIKE would not.
-- store/mines.py knows this padding (SEARCH_PAD); change both together.
--
-- Contentless (the text lives in mine.search_text already): the delete trigger hands FTS5
-- the exact old text, as a contentless table requires.
CREATE VIRTUAL TABLE mine_search USING fts5(text, content = '', tokenize = 'trigram case_sensitive 1');
CREATE VIRTUAL TABLE mine_search_terms USING fts5vocab(mine_search, 'row');
CREATE VIRTUAL TABLE mine_search_instance USING fts5vocab(mine_search, 'instance');

INSERT INTO mine_search (rowid, text) SELECT id, search_text || char(31, 31) FROM mine;

CREATE TRIGGER mine_search_insert AFTER INSERT ON mine BEGIN
    INSERT INTO mine_search (rowid, text) VALUES (new.id, new.search_text || char(31, 31));
END;

CREATE TRIGGER mine_search_delete AFTER DELETE ON mine BEGIN
    INSERT INTO mine_search (mine_search, rowid, text) VALUES ('delete', old.id, old.search_text || char(31, 31));
END;

CREATE TRIGGER mine_search_update AFTER UPDATE OF id, search_text ON mine BEGIN
    INSERT INTO mine_search (mine_search, rowid, text) VALUES ('delete', old.id, old.search_text || char(31, 31));
    INSERT INTO mine_search (rowid, text) VALUES (new.id, new.search_text || char(31, 31));
END;
