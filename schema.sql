-- NewsKB schema: the one source of truth for the knowledge base's tables.
--
-- This file is embedded in the `kb` binary at build time. It is a list of
-- migrations: each section that starts with a line `-- migration N: NAME` is
-- applied once, in order, in its own transaction, and PRAGMA user_version records
-- the last one applied. A new database gets every section; an older one gets the
-- sections it lacks. Sections are append-only: never edit one that has shipped,
-- add a new section instead.
--
-- Offsets (`start`, `end`) are 0-based Unicode-scalar positions into
-- documents.text, end exclusive:
--   substr(d.text, x.start + 1, x.end - x.start) = x.evidence

-- migration 1: initial

-- One row per distinct article (distinct raw bytes).
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,          -- row id
    source      TEXT NOT NULL,               -- the path as given, or 'stdin'
    sha256      TEXT NOT NULL UNIQUE,        -- of the raw bytes, lowercase hex
    title       TEXT,                        -- the headline, when there is one
    text        TEXT NOT NULL,               -- the normalized text every offset points into
    published   TEXT,                        -- ISO date the article states, else NULL
    ingested_at TEXT NOT NULL,               -- ISO 8601 UTC
    byte_count  INTEGER NOT NULL             -- size of the raw input
);
CREATE INDEX documents_source ON documents(source);

-- The article cut into headings, paragraphs, list items, table rows and boilerplate.
CREATE TABLE blocks (
    id          INTEGER PRIMARY KEY,          -- row id
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,  -- the document (documents.id)
    ordinal     INTEGER NOT NULL,            -- 0-based position in the document
    kind        TEXT NOT NULL CHECK (kind IN -- heading, paragraph, list_item, table_header, table_row or boilerplate
                  ('heading', 'paragraph', 'list_item', 'table_header', 'table_row', 'boilerplate')),
    text        TEXT NOT NULL,                -- the block as written in documents.text
    start       INTEGER NOT NULL,             -- offset of the first character in documents.text (0-based, in code points)
    end         INTEGER NOT NULL,             -- offset just past the last character in documents.text
    cells       TEXT,                        -- JSON array of trimmed cells, for table rows and headers
    detail      TEXT,                        -- why a block is boilerplate; the list marker; the heading level
    UNIQUE (document_id, ordinal),
    CHECK (start >= 0 AND end > start)
);

-- Sentences within blocks; list items and table rows are sentences of their own.
CREATE TABLE sentences (
    id          INTEGER PRIMARY KEY,          -- row id
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,  -- the document (documents.id)
    block_id    INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,  -- the block the sentence is in (blocks.id)
    ordinal     INTEGER NOT NULL,            -- 0-based position in the document
    text        TEXT NOT NULL,                -- the sentence as written in documents.text
    start       INTEGER NOT NULL,             -- offset of the first character in documents.text (0-based, in code points)
    end         INTEGER NOT NULL,             -- offset just past the last character in documents.text
    UNIQUE (document_id, ordinal),
    CHECK (start >= 0 AND end > start)
);
CREATE INDEX sentences_block ON sentences(block_id);

-- Full-text index over sentences.text, kept in sync by the triggers below.
-- remove_diacritics 2 lets "Sefcovic" find "Šefčovič".
--   text: the sentence text, searched with MATCH (rowid = sentences.id)
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text,
    content = 'sentences',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;

-- One row per distinct full name (NFC). Same name in several documents: one person.
CREATE TABLE people (
    id          INTEGER PRIMARY KEY,          -- row id
    name        TEXT NOT NULL UNIQUE,        -- the full name as written, NFC
    surname     TEXT NOT NULL,               -- last name token(s), for surname-only mentions
    given_names TEXT                         -- what comes before the surname
);
CREATE INDEX people_surname ON people(surname);

-- Every place a person is named, surname-only and possessive mentions included.
CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,          -- row id
    person_id   INTEGER NOT NULL REFERENCES people(id),  -- the person (people.id)
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,  -- the document (documents.id)
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,  -- the sentence that says it (sentences.id)
    surface     TEXT NOT NULL,               -- as written
    start       INTEGER NOT NULL,             -- offset of the first character in documents.text (0-based, in code points)
    end         INTEGER NOT NULL,             -- offset just past the last character in documents.text
    form        TEXT NOT NULL CHECK (form IN ('full', 'surname', 'possessive')), -- full, surname or possessive
    ambiguous   INTEGER NOT NULL DEFAULT 0   -- 1 when several people of the document share the surname
);
CREATE INDEX mentions_person ON mentions(person_id);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_sentence ON mentions(sentence_id);

-- "Document D says person P holds office T of O", with the sentence that says so.
CREATE TABLE roles (
    id           INTEGER PRIMARY KEY,         -- row id
    person_id    INTEGER NOT NULL REFERENCES people(id),  -- the person (people.id)
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,  -- the document (documents.id)
    sentence_id  INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,  -- the sentence that says it (sentences.id)
    title        TEXT NOT NULL,              -- normalized: 'Minister of Defense'
    organization TEXT,                       -- jurisdiction or body: 'Kosovo', 'US Mission to NATO'
    qualifier    TEXT,                       -- former, acting, deputy, …
    evidence     TEXT NOT NULL,              -- the words that say it, = substr(documents.text, start + 1, end - start)
    start        INTEGER NOT NULL,            -- offset of the first character in documents.text (0-based, in code points)
    end          INTEGER NOT NULL,            -- offset just past the last character in documents.text
    as_written   TEXT NOT NULL               -- the office as the article wrote it
);
CREATE INDEX roles_person ON roles(person_id);
CREATE INDEX roles_document ON roles(document_id);
CREATE INDEX roles_office ON roles(title, organization);
CREATE INDEX roles_sentence ON roles(sentence_id);

-- Who said or claimed what.
CREATE TABLE statements (
    id          INTEGER PRIMARY KEY,          -- row id
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,  -- the document (documents.id)
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,  -- the sentence that says it (sentences.id)
    person_id   INTEGER REFERENCES people(id),   -- the speaker (people.id); NULL when a body or group
    speaker     TEXT NOT NULL,                   -- as written; bodies normalized ('officials of Kosovo')
    verb        TEXT NOT NULL,                   -- lemma of the reporting verb
    stance      TEXT,                            -- denial, rejection, … or NULL
    content     TEXT NOT NULL,                   -- what was said: the reported clause or the quote
    evidence    TEXT NOT NULL,                   -- the sentence part that says it
    start       INTEGER NOT NULL,             -- offset of the first character in documents.text (0-based, in code points)
    end         INTEGER NOT NULL,             -- offset just past the last character in documents.text
    form        TEXT NOT NULL DEFAULT 'reported' CHECK (form IN ('reported', 'quote', 'table')) -- reported speech, direct quote, or table row
);
CREATE INDEX statements_document ON statements(document_id);
CREATE INDEX statements_person ON statements(person_id);
CREATE INDEX statements_sentence ON statements(sentence_id);

-- Dated events, past and planned.
CREATE TABLE milestones (
    id          INTEGER PRIMARY KEY,          -- row id
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,  -- the document (documents.id)
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,  -- the sentence that says it (sentences.id)
    date_text   TEXT NOT NULL,               -- as written
    date_start  TEXT,                        -- ISO: YYYY, YYYY-MM or YYYY-MM-DD
    date_end    TEXT,                        -- ISO; the end of a range or decade, else = date_start
    precision   TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year', 'decade', 'range', 'relative')), -- day, month, year, decade, range or relative
    label       TEXT NOT NULL,               -- the event the date belongs to
    kind        TEXT NOT NULL CHECK (kind IN ('past', 'planned', 'forecast')), -- past, planned or forecast
    evidence    TEXT NOT NULL,               -- the sentence that dates it
    start       INTEGER NOT NULL,             -- offset of the first character in documents.text (0-based, in code points)
    end         INTEGER NOT NULL              -- offset just past the last character in documents.text
);
CREATE INDEX milestones_document ON milestones(document_id);
CREATE INDEX milestones_date ON milestones(date_start);
CREATE INDEX milestones_sentence ON milestones(sentence_id);

-- Queries users saved with `kb queries add` (the built-in ones ship inside kb).
CREATE TABLE saved_queries (
    name        TEXT PRIMARY KEY,            -- what `kb run NAME` calls it
    description TEXT NOT NULL DEFAULT '',    -- one line
    sql         TEXT NOT NULL,               -- one read-only statement; :name placeholders are its parameters
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) -- when it was saved (UTC)
);

-- Each role's office written as one subject, and whether the role says it is held now.
--   id: the role (roles.id)
--   office: title and organization as one subject, 'Minister of Defense of Kosovo'
--   current: 1 unless the role is former, then, outgoing or deputy
CREATE VIEW role_offices AS
SELECT r.id,
       r.title || CASE WHEN r.organization IS NULL OR instr(r.title, r.organization) > 0 THEN ''
                       ELSE ' of ' || r.organization END AS office,
       (r.qualifier IS NULL OR r.qualifier NOT IN ('former', 'then', 'outgoing', 'deputy')) AS current
FROM roles r;

-- Where the sources disagree.
--   kind: office_holders, succession, surname or person_offices
--   subject: the office, surname or person the sources disagree about
--   detail: the values and the documents (sources) that give them
-- Kinds:
--   office_holders: one office (title + organization) with different holders;
--   succession:     the same, but every holder's document is dated and the dates differ,
--                   so a later article may simply name a new holder;
--   surname:        one surname with different given names;
--   person_offices: one person with different current offices in different documents.
-- `detail` names the values and the documents they come from.
CREATE VIEW conflicts AS
WITH office AS (
    SELECT o.office AS subject, p.name, r.document_id, d.source, d.published
    FROM roles r JOIN role_offices o ON o.id = r.id
    JOIN people p ON p.id = r.person_id JOIN documents d ON d.id = r.document_id
    WHERE o.current
),
office_groups AS (
    SELECT subject,
           count(DISTINCT name) AS holders,
           count(DISTINCT published) AS dates,
           sum(published IS NULL) AS undated,
           count(DISTINCT document_id) AS docs
    FROM office GROUP BY subject HAVING count(DISTINCT name) > 1
),
office_detail AS (
    SELECT o.subject, group_concat(o.name || ' (' || o.sources || ')', '; ') AS detail
    FROM (SELECT subject, name, group_concat(DISTINCT source) AS sources,
                 min(coalesce(published, '')) AS first_date
          FROM office GROUP BY subject, name ORDER BY subject, first_date, name) o
    GROUP BY o.subject
),
surnames AS (
    SELECT p.surname, p.name, group_concat(DISTINCT d.source) AS sources
    FROM people p
    JOIN mentions m ON m.person_id = p.id AND m.form = 'full'
    JOIN documents d ON d.id = m.document_id
    WHERE p.given_names IS NOT NULL
    GROUP BY p.surname, p.name
),
person_office AS (
    SELECT p.name, o.office,
           group_concat(DISTINCT d.source) AS sources, count(DISTINCT r.document_id) AS docs,
           min(r.document_id) AS first_doc
    FROM roles r JOIN role_offices o ON o.id = r.id
    JOIN people p ON p.id = r.person_id JOIN documents d ON d.id = r.document_id
    WHERE o.current
    GROUP BY p.name, o.office
)
SELECT CASE WHEN g.undated = 0 AND g.dates = g.holders AND g.docs = g.holders
            THEN 'succession' ELSE 'office_holders' END AS kind,
       g.subject AS subject,
       od.detail AS detail
FROM office_groups g JOIN office_detail od ON od.subject = g.subject
UNION ALL
SELECT 'surname', s.surname,
       group_concat(s.name || ' (' || s.sources || ')', '; ')
FROM surnames s
GROUP BY s.surname HAVING count(*) > 1
UNION ALL
SELECT 'person_offices', po.name,
       group_concat(po.office || ' (' || po.sources || ')', '; ')
FROM person_office po
GROUP BY po.name
HAVING count(*) > 1 AND count(DISTINCT po.first_doc) > 1;
