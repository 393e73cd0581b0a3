-- The back-pain warning signs ticked on a day, by their stable codes (the labels live in the app). A day without
-- rows here had none ticked.
CREATE TABLE warning_sign (
    day  TEXT NOT NULL REFERENCES day_entry (day) ON DELETE CASCADE,
    code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 64 AND code NOT GLOB '*[^a-z0-9_]*'),
    PRIMARY KEY (day, code)
) WITHOUT ROWID;
