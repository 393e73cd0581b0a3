-- One row per recorded calendar day. A day without a row is "not recorded", never "no pain".
CREATE TABLE day_entry (
    day            TEXT    PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    back_pain      INTEGER NOT NULL CHECK (back_pain BETWEEN 0 AND 10),
    lower_back     INTEGER NOT NULL DEFAULT 0 CHECK (lower_back IN (0, 1)),
    upper_back     INTEGER NOT NULL DEFAULT 0 CHECK (upper_back IN (0, 1)),
    neck           INTEGER NOT NULL DEFAULT 0 CHECK (neck IN (0, 1)),
    headache       INTEGER NOT NULL CHECK (headache BETWEEN 0 AND 10),
    headache_kind  TEXT    CHECK (headache_kind IN ('migraine', 'tension_type', 'cervicogenic', 'other', 'not_sure')),
    headache_hours REAL    CHECK (headache_hours BETWEEN 0 AND 24),
    sleep_hours    REAL    CHECK (sleep_hours BETWEEN 0 AND 24),
    stress         INTEGER CHECK (stress BETWEEN 0 AND 10),
    notes          TEXT    NOT NULL DEFAULT '',
    updated_at     TEXT    NOT NULL
);

-- Acute medication taken on a day, in the order the user listed it.
CREATE TABLE medication (
    id       INTEGER PRIMARY KEY,
    day      TEXT    NOT NULL REFERENCES day_entry (day) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    class    TEXT    NOT NULL CHECK (class IN ('triptan', 'ergot', 'opioid', 'combination_analgesic',
                                               'simple_analgesic', 'other')),
    name     TEXT    NOT NULL DEFAULT '',
    dose     TEXT    NOT NULL DEFAULT '',
    UNIQUE (day, position)
);
