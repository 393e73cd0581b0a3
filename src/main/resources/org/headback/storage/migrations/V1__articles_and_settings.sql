-- Articles the user added to the library, kept as the text they gave so that a better cleaner improves them later.
CREATE TABLE user_article (
    id          TEXT    PRIMARY KEY,
    title       TEXT    NOT NULL,
    source_name TEXT    NOT NULL,
    format      TEXT    NOT NULL CHECK (format IN ('TEXT', 'MARKDOWN', 'HTML')),
    content     TEXT    NOT NULL,
    added_at    TEXT    NOT NULL
);

-- The window's remembered state: sizes, positions, font size, theme.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
