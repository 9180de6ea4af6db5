-- issue 20: the confidential part of a draw (the inspectors' avoidance lists and the salt
-- of their hash) stays here, beside the record that is published without it.
ALTER TABLE draw_record ADD COLUMN avoidance TEXT;  -- JSON; NULL for records of format 1
