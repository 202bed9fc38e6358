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

-- migration 2: claims and events, summaries kept by triggers

-- Each distinct role claim, "P holds office T of O", with how many documents make it.
-- Kept up to date with roles (per ingest batch since migration 4, by triggers on deletes),
-- so that conflicts, holders-of and the office lists read one row per claim instead of
-- one row per sentence. The insert triggers (until migration 4) look for the same claim
-- earlier in the same document through the document index (INDEXED BY): an index on the
-- claim's words would grow with the knowledge base.
CREATE TABLE role_claims (
    person_id    INTEGER NOT NULL REFERENCES people(id),  -- the person (people.id)
    title        TEXT NOT NULL,               -- as roles.title
    organization TEXT NOT NULL,               -- as roles.organization; '' when none
    qualifier    TEXT NOT NULL,               -- as roles.qualifier; '' when none
    office       TEXT NOT NULL,               -- title and organization as one subject (role_offices.office)
    current      INTEGER NOT NULL,            -- 1 unless the claim is former, then, outgoing or deputy (role_offices.current)
    documents    INTEGER NOT NULL,            -- how many documents make the claim
    undated      INTEGER NOT NULL,            -- how many of those have no published date
    first_published TEXT,                     -- the earliest published date among them
    last_published  TEXT,                     -- the latest published date among them
    first_document_id INTEGER NOT NULL,       -- the first document that made the claim (documents.id)
    first_role_id INTEGER NOT NULL,           -- its role row, for the evidence (roles.id)
    sources      TEXT NOT NULL,               -- JSON array: the sources of the first three documents
    PRIMARY KEY (person_id, title, organization, qualifier)
);
CREATE INDEX role_claims_office ON role_claims(office);

-- role_claims computed from roles: what the triggers keep role_claims equal to.
--   person_id, title, organization, qualifier, office, current, documents, undated, first_published, last_published, first_document_id, first_role_id, sources: as in role_claims
CREATE VIEW role_claims_computed AS
SELECT r.person_id, r.title, coalesce(r.organization, '') AS organization, coalesce(r.qualifier, '') AS qualifier,
       o.office, o.current,
       count(DISTINCT r.document_id) AS documents,
       count(DISTINCT CASE WHEN d.published IS NULL THEN d.id END) AS undated,
       min(d.published) AS first_published, max(d.published) AS last_published,
       min(r.document_id) AS first_document_id, min(r.id) AS first_role_id,
       (SELECT json_group_array(f.source) FROM (
            SELECT d2.source FROM roles r2 JOIN documents d2 ON d2.id = r2.document_id
            WHERE r2.person_id = r.person_id AND r2.title = r.title
              AND r2.organization IS r.organization AND r2.qualifier IS r.qualifier
            GROUP BY d2.id ORDER BY d2.id LIMIT 3) f) AS sources
FROM roles r JOIN role_offices o ON o.id = r.id JOIN documents d ON d.id = r.document_id
GROUP BY r.person_id, r.title, r.organization, r.qualifier;

INSERT INTO role_claims SELECT * FROM role_claims_computed;

CREATE TRIGGER role_claims_insert AFTER INSERT ON roles
WHEN NOT EXISTS (SELECT 1 FROM roles r INDEXED BY roles_document WHERE r.document_id = new.document_id AND r.id <> new.id
                   AND r.person_id = new.person_id AND r.title = new.title
                   AND r.organization IS new.organization AND r.qualifier IS new.qualifier)
BEGIN
    INSERT INTO role_claims
    SELECT new.person_id, new.title, coalesce(new.organization, ''), coalesce(new.qualifier, ''),
           o.office, o.current, 1, d.published IS NULL, d.published, d.published, d.id, new.id, json_array(d.source)
    FROM documents d, role_offices o WHERE d.id = new.document_id AND o.id = new.id
    ON CONFLICT (person_id, title, organization, qualifier) DO UPDATE SET
        documents = documents + 1,
        undated = undated + excluded.undated,
        first_published = min(coalesce(first_published, excluded.first_published), coalesce(excluded.first_published, first_published)),
        last_published = max(coalesce(last_published, excluded.last_published), coalesce(excluded.last_published, last_published)),
        sources = CASE WHEN json_array_length(sources) < 3
                       THEN json_insert(sources, '$[#]', json_extract(excluded.sources, '$[0]')) ELSE sources END;
END;

CREATE TRIGGER role_claims_delete AFTER DELETE ON roles BEGIN
    DELETE FROM role_claims WHERE person_id = old.person_id AND title = old.title
        AND organization = coalesce(old.organization, '') AND qualifier = coalesce(old.qualifier, '');
    INSERT INTO role_claims SELECT * FROM role_claims_computed
    WHERE person_id = old.person_id AND title = old.title
      AND organization = coalesce(old.organization, '') AND qualifier = coalesce(old.qualifier, '');
END;

-- Each person named in full, with how many documents name them so. Kept per ingest batch and by triggers on deletes.
CREATE TABLE name_claims (
    person_id    INTEGER PRIMARY KEY REFERENCES people(id),  -- the person (people.id)
    documents    INTEGER NOT NULL,            -- how many documents name the person in full
    first_mention_id INTEGER NOT NULL,        -- the first such mention, for the evidence (mentions.id)
    sources      TEXT NOT NULL                -- JSON array: the sources of the first three documents
);

-- name_claims computed from mentions: what the triggers keep name_claims equal to.
--   person_id, documents, first_mention_id, sources: as in name_claims
CREATE VIEW name_claims_computed AS
SELECT m.person_id, count(DISTINCT m.document_id) AS documents, min(m.id) AS first_mention_id,
       (SELECT json_group_array(f.source) FROM (
            SELECT d2.source FROM mentions m2 JOIN documents d2 ON d2.id = m2.document_id
            WHERE m2.person_id = m.person_id AND m2.form = 'full'
            GROUP BY d2.id ORDER BY d2.id LIMIT 3) f) AS sources
FROM mentions m WHERE m.form = 'full'
GROUP BY m.person_id;

INSERT INTO name_claims SELECT * FROM name_claims_computed;

CREATE TRIGGER name_claims_insert AFTER INSERT ON mentions
WHEN new.form = 'full'
 AND NOT EXISTS (SELECT 1 FROM mentions m INDEXED BY mentions_document WHERE m.document_id = new.document_id AND m.id <> new.id
                   AND m.person_id = new.person_id AND m.form = 'full')
BEGIN
    INSERT INTO name_claims
    SELECT new.person_id, 1, new.id, json_array(d.source) FROM documents d WHERE d.id = new.document_id
    ON CONFLICT (person_id) DO UPDATE SET
        documents = documents + 1,
        sources = CASE WHEN json_array_length(sources) < 3
                       THEN json_insert(sources, '$[#]', json_extract(excluded.sources, '$[0]')) ELSE sources END;
END;

CREATE TRIGGER name_claims_delete AFTER DELETE ON mentions WHEN old.form = 'full' BEGIN
    DELETE FROM name_claims WHERE person_id = old.person_id;
    INSERT INTO name_claims SELECT * FROM name_claims_computed WHERE person_id = old.person_id;
END;

-- Each dated event once, however many documents report it: milestones with the same dates,
-- precision, kind and label. Kept per ingest batch and by triggers on deletes; undated milestones are left out.
CREATE TABLE events (
    date_start   TEXT NOT NULL,               -- ISO, as milestones.date_start; '' when open
    date_end     TEXT NOT NULL,               -- ISO, as milestones.date_end; '' when open
    precision    TEXT NOT NULL,               -- as milestones.precision
    kind         TEXT NOT NULL,               -- past, planned or forecast
    label        TEXT NOT NULL,               -- the event
    documents    INTEGER NOT NULL,            -- how many documents report it
    first_milestone_id INTEGER NOT NULL,      -- the first report, for the evidence (milestones.id)
    sources      TEXT NOT NULL,               -- JSON array: the sources of the first three documents
    PRIMARY KEY (date_start, date_end, precision, kind, label)
);

-- events computed from milestones: what the triggers keep events equal to.
--   date_start, date_end, precision, kind, label, documents, first_milestone_id, sources: as in events
CREATE VIEW events_computed AS
SELECT coalesce(m.date_start, '') AS date_start, coalesce(m.date_end, '') AS date_end, m.precision, m.kind, m.label,
       count(DISTINCT m.document_id) AS documents, min(m.id) AS first_milestone_id,
       (SELECT json_group_array(f.source) FROM (
            SELECT d2.source FROM milestones m2 JOIN documents d2 ON d2.id = m2.document_id
            WHERE m2.date_start IS m.date_start AND m2.date_end IS m.date_end AND m2.precision = m.precision
              AND m2.kind = m.kind AND m2.label = m.label
            GROUP BY d2.id ORDER BY d2.id LIMIT 3) f) AS sources
FROM milestones m WHERE m.date_start IS NOT NULL OR m.date_end IS NOT NULL
GROUP BY m.date_start, m.date_end, m.precision, m.kind, m.label;

INSERT INTO events SELECT * FROM events_computed;

CREATE TRIGGER events_insert AFTER INSERT ON milestones
WHEN (new.date_start IS NOT NULL OR new.date_end IS NOT NULL)
 AND NOT EXISTS (SELECT 1 FROM milestones m INDEXED BY milestones_document WHERE m.document_id = new.document_id AND m.id <> new.id
                   AND m.date_start IS new.date_start AND m.date_end IS new.date_end
                   AND m.precision = new.precision AND m.kind = new.kind AND m.label = new.label)
BEGIN
    INSERT INTO events
    SELECT coalesce(new.date_start, ''), coalesce(new.date_end, ''), new.precision, new.kind, new.label,
           1, new.id, json_array(d.source)
    FROM documents d WHERE d.id = new.document_id
    ON CONFLICT (date_start, date_end, precision, kind, label) DO UPDATE SET
        documents = documents + 1,
        sources = CASE WHEN json_array_length(sources) < 3
                       THEN json_insert(sources, '$[#]', json_extract(excluded.sources, '$[0]')) ELSE sources END;
END;

CREATE TRIGGER events_delete AFTER DELETE ON milestones
WHEN old.date_start IS NOT NULL OR old.date_end IS NOT NULL
BEGIN
    DELETE FROM events WHERE date_start = coalesce(old.date_start, '') AND date_end = coalesce(old.date_end, '')
        AND precision = old.precision AND kind = old.kind AND label = old.label;
    INSERT INTO events SELECT * FROM events_computed
    WHERE date_start = coalesce(old.date_start, '') AND date_end = coalesce(old.date_end, '')
      AND precision = old.precision AND kind = old.kind AND label = old.label;
END;

-- Where the sources disagree, read from role_claims and name_claims (replaces the view of migration 1).
--   kind: office_holders, succession, surname or person_offices
--   subject: the office, surname or person the sources disagree about
--   detail: each value with its documents: 'Name (a.txt, b.txt)', or 'Name (1234 documents: a.txt, b.txt, c.txt, …)'
-- Kinds:
--   office_holders: one office (title + organization) with different current holders;
--   succession:     the same, but each holder is named by one dated document and the dates
--                   differ, so a later article may simply name a new holder;
--   surname:        one surname with different given names;
--   person_offices: one person with different current offices first named in different documents.
DROP VIEW conflicts;
CREATE VIEW conflicts AS
WITH office_values AS (
    SELECT c.office, c.person_id, sum(c.documents) AS documents, sum(c.undated) AS undated,
           count(DISTINCT c.first_published) AS dates, min(c.first_document_id) AS first_document_id,
           c.sources, c.first_published
    FROM role_claims c WHERE c.current
    GROUP BY c.office, c.person_id
),
office_groups AS (
    SELECT office, count(*) AS holders, sum(documents) AS documents, sum(undated) AS undated,
           count(DISTINCT first_published) AS dates, count(DISTINCT first_document_id) AS firsts
    FROM office_values GROUP BY office HAVING count(*) > 1
),
listed AS (
    SELECT 'office' AS kind, v.office AS subject, p.name AS value, v.documents, v.sources,
           coalesce(d.published, '') AS first_date, v.first_document_id
    FROM office_values v JOIN office_groups g ON g.office = v.office
    JOIN people p ON p.id = v.person_id JOIN documents d ON d.id = v.first_document_id
    UNION ALL
    SELECT 'surname', p.surname, p.name, n.documents, n.sources, '', 0
    FROM name_claims n JOIN people p ON p.id = n.person_id
    WHERE p.given_names IS NOT NULL
      AND p.surname IN (SELECT surname FROM people WHERE given_names IS NOT NULL GROUP BY surname HAVING count(*) > 1)
    UNION ALL
    SELECT 'person', p.name, v.office, v.documents, v.sources, '', v.first_document_id
    FROM office_values v JOIN people p ON p.id = v.person_id
    WHERE v.person_id IN (SELECT person_id FROM office_values GROUP BY person_id
                          HAVING count(*) > 1 AND count(DISTINCT first_document_id) > 1)
),
described AS (
    SELECT kind, subject, first_date, value, first_document_id,
           value || ' (' || CASE WHEN documents > json_array_length(sources) THEN documents || ' documents: ' ELSE '' END
                 || (SELECT group_concat(j.value, ', ') FROM json_each(sources) j)
                 || CASE WHEN documents > json_array_length(sources) THEN ', …' ELSE '' END || ')' AS text
    FROM listed
)
SELECT CASE WHEN d.kind = 'office' THEN
            CASE WHEN g.undated = 0 AND g.documents = g.holders AND g.firsts = g.holders AND g.dates = g.holders
                 THEN 'succession' ELSE 'office_holders' END
            WHEN d.kind = 'surname' THEN 'surname' ELSE 'person_offices' END AS kind,
       d.subject,
       group_concat(d.text, '; ') AS detail
FROM (SELECT * FROM described ORDER BY kind, subject, first_date, value) d
LEFT JOIN office_groups g ON d.kind = 'office' AND g.office = d.subject
GROUP BY d.kind, d.subject
HAVING count(*) > 1;

-- migration 3: sentences indexed per batch

-- kb ingest adds each batch's sentences to sentences_fts in one statement at the end of
-- the batch's transaction, instead of one trigger call per sentence: FTS5 writes its
-- pending terms at every statement and savepoint boundary, so a trigger per row turned
-- every sentence into a tiny index segment to merge. The delete and update triggers stay.
DROP TRIGGER sentences_fts_insert;

-- migration 4: summaries kept per batch

-- kb ingest brings role_claims, name_claims and events up to date once per batch, at the
-- end of the batch's transaction, with one INSERT … ON CONFLICT DO UPDATE per summary over
-- the batch's new facts (Sources/KnowledgeBase/Summaries.swift), instead of one trigger
-- program per inserted row, which cost about a fifth of ingest time. The delete triggers
-- stay. A program other than kb that inserts facts recomputes a summary from its view:
-- `DELETE FROM events; INSERT INTO events SELECT * FROM events_computed;`.
DROP TRIGGER role_claims_insert;
DROP TRIGGER name_claims_insert;
DROP TRIGGER events_insert;

-- migration 5: value checks as comparisons

-- A CHECK (x IN ('a', 'b', 'c')) of more than two values builds a temporary b-tree of its
-- list each time an INSERT statement runs: a fifth of the writer's work in kb ingest
-- (callgrind, 100 articles: 829 M → 669 M instructions on the writing thread without it).
-- The same checks written as x = 'a' OR x = 'b' OR … accept exactly the same rows and cost
-- next to nothing. SQLite cannot alter a CHECK, and rebuilding the tables would cascade
-- deletes through the foreign keys, so the tables' definitions are edited in place as
-- https://www.sqlite.org/lang_altertable.html ("Making Other Kinds Of Table Schema
-- Changes") describes for changes that leave the stored rows valid; creating and dropping
-- a table moves the schema cookie so that other connections re-read the schema, and
-- writable_schema = RESET makes this one re-read it.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (kind IN -- heading, paragraph, list_item, table_header, table_row or boilerplate
                  (''heading'', ''paragraph'', ''list_item'', ''table_header'', ''table_row'', ''boilerplate'')),',
    'CHECK (kind = ''heading'' OR kind = ''paragraph'' OR kind = ''list_item'' OR kind = ''table_header''
                             OR kind = ''table_row'' OR kind = ''boilerplate''), -- heading, paragraph, list_item, table_header, table_row or boilerplate')
WHERE type = 'table' AND name = 'blocks';
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (form IN (''full'', ''surname'', ''possessive''))',
    'CHECK (form = ''full'' OR form = ''surname'' OR form = ''possessive'')')
WHERE type = 'table' AND name = 'mentions';
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (form IN (''reported'', ''quote'', ''table''))',
    'CHECK (form = ''reported'' OR form = ''quote'' OR form = ''table'')')
WHERE type = 'table' AND name = 'statements';
UPDATE sqlite_schema SET sql = replace(replace(sql,
    'CHECK (precision IN (''day'', ''month'', ''year'', ''decade'', ''range'', ''relative''))',
    'CHECK (precision = ''day'' OR precision = ''month'' OR precision = ''year'' OR precision = ''decade''
                             OR precision = ''range'' OR precision = ''relative'')'),
    'CHECK (kind IN (''past'', ''planned'', ''forecast''))',
    'CHECK (kind = ''past'' OR kind = ''planned'' OR kind = ''forecast'')')
WHERE type = 'table' AND name = 'milestones';
CREATE TABLE migration_5_schema_cookie (x);
DROP TABLE migration_5_schema_cookie;
PRAGMA writable_schema = RESET;
