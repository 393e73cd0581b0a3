-- Issue 14: a day's headache attacks, when a medication was taken and for which attack, the user's list of
-- medicines with their preventive courses, and the user's yes/no factors ticked per day. Every older row keeps its
-- values: the new medication columns are NULL for them, and a day without attack rows keeps its own headache.

-- A day's headache attacks, in the user's order (position counts from 0). The day's headache, kind and hours in
-- day_entry are the ones the attacks give, kept there so that everything that reads a day's headache reads it alone.
CREATE TABLE attack (
    day              TEXT    NOT NULL REFERENCES day_entry (day) ON DELETE CASCADE,
    position         INTEGER NOT NULL CHECK (position >= 0),
    start_minute     INTEGER CHECK (start_minute BETWEEN 0 AND 1439),
    duration_minutes INTEGER CHECK (duration_minutes BETWEEN 1 AND 4320),
    peak             INTEGER NOT NULL CHECK (peak BETWEEN 0 AND 10),
    kind             TEXT    CHECK (kind IN ('migraine', 'tension_type', 'cervicogenic', 'other', 'not_sure')),
    aura             TEXT    CHECK (aura IN ('yes', 'no', 'not_sure')),
    nausea           INTEGER NOT NULL DEFAULT 0 CHECK (nausea IN (0, 1)),
    light            INTEGER NOT NULL DEFAULT 0 CHECK (light IN (0, 1)),
    sound            INTEGER NOT NULL DEFAULT 0 CHECK (sound IN (0, 1)),
    lay_down         INTEGER NOT NULL DEFAULT 0 CHECK (lay_down IN (0, 1)),
    missed_work      INTEGER NOT NULL DEFAULT 0 CHECK (missed_work IN (0, 1)),
    note             TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (day, position)
) WITHOUT ROWID;

-- When a medication was taken (minutes after midnight), the attack it was for (the attack's position), and how much
-- it helped two hours later. NULL when not known, as for every row written before.
ALTER TABLE medication ADD COLUMN taken_minute INTEGER CHECK (taken_minute BETWEEN 0 AND 1439);
ALTER TABLE medication ADD COLUMN attack_position INTEGER CHECK (attack_position >= 0);
ALTER TABLE medication ADD COLUMN relief TEXT CHECK (relief IN ('not_at_all', 'a_little', 'a_lot', 'pain_gone'));

-- The medicines the user keeps in a list, so that taking one is one choice. Hidden ones are kept, not deleted.
CREATE TABLE kept_medicine (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 200),
    class      TEXT    NOT NULL CHECK (class IN ('triptan', 'ergot', 'opioid', 'combination_analgesic',
                                                 'simple_analgesic', 'other')),
    dose       TEXT    NOT NULL DEFAULT '',
    preventive INTEGER NOT NULL DEFAULT 0 CHECK (preventive IN (0, 1)),
    hidden     INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    created_at TEXT    NOT NULL
);

-- The times a preventive medicine was taken daily: from start_day to stop_day, both included; no stop_day while it
-- is still taken.
CREATE TABLE preventive_course (
    id          INTEGER PRIMARY KEY,
    medicine_id INTEGER NOT NULL REFERENCES kept_medicine (id),
    start_day   TEXT    NOT NULL CHECK (start_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    stop_day    TEXT    CHECK (stop_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND stop_day >= start_day)
);

-- The user's yes/no factors. A tick names the factor by id, so renaming one changes this row alone and hiding one
-- deletes nothing. suggested is the code of the suggestion it was switched on from, NULL for the user's own.
CREATE TABLE factor (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 60),
    effect     TEXT    NOT NULL DEFAULT 'none' CHECK (effect IN ('none', 'eases_back_pain', 'worsens_back_pain')),
    hidden     INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    suggested  TEXT    CHECK (length(suggested) BETWEEN 1 AND 64 AND suggested NOT GLOB '*[^a-z0-9_]*'),
    created_at TEXT    NOT NULL
);

-- The factors ticked on a day. A day without rows here had none ticked.
CREATE TABLE factor_tick (
    day       TEXT    NOT NULL REFERENCES day_entry (day) ON DELETE CASCADE,
    factor_id INTEGER NOT NULL REFERENCES factor (id),
    PRIMARY KEY (day, factor_id)
) WITHOUT ROWID;

-- The days a factor was ticked, found without reading every tick.
CREATE INDEX factor_tick_by_factor ON factor_tick (factor_id, day);
