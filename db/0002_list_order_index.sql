-- The register list in its default order (licence number) with the text it is filtered on:
-- a filter keystroke scans this narrow index in order, with no sort and no table lookups.
CREATE INDEX mine_list_order ON mine (licence_no, search_text);
