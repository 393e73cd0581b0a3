-- The cleaned form of each article the user added, kept beside its text (which stays exactly as the user gave it)
-- with the version of the cleaner that made it. A form that is missing, damaged or made by an older cleaner is
-- made again from the text when the article is next needed. The small columns come first and the form last, so
-- that listing the library reads the titles and word counts without reading any form.
CREATE TABLE article_clean (
    id              TEXT    PRIMARY KEY REFERENCES user_article (id) ON DELETE CASCADE,
    cleaner_version INTEGER NOT NULL CHECK (cleaner_version > 0),
    title           TEXT    NOT NULL,
    word_count      INTEGER NOT NULL CHECK (word_count >= 0),
    form            TEXT    NOT NULL
);

-- Listing the library reads this index alone, never the rows that hold the articles' text.
CREATE INDEX user_article_listing ON user_article (added_at, id, source_name, title);
