/**
 * The store's schema, as numbered migrations. `PRAGMA user_version` records how many have
 * run; opening a database runs the rest in one transaction.
 */

export const MIGRATIONS: string[] = [
  // 1: lists — jurisdictions, documents, offices, items, citations and their atomic refs;
  //    laws — laws, aliases, versions, articles with 款 and 项, penalties, internal links,
  //    and correspondences between versions.
  `
  CREATE TABLE jurisdictions (
    id INTEGER PRIMARY KEY,
    code TEXT UNIQUE,
    name TEXT NOT NULL,
    level TEXT,
    parents TEXT NOT NULL DEFAULT '[]'
  );
  CREATE UNIQUE INDEX jurisdictions_uncoded ON jurisdictions(name) WHERE code IS NULL;

  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    format TEXT NOT NULL,
    encoding TEXT,
    layout TEXT NOT NULL,
    title TEXT,
    office TEXT,
    published TEXT,
    jurisdiction_id INTEGER REFERENCES jurisdictions(id),
    text TEXT NOT NULL,
    duties TEXT NOT NULL DEFAULT '[]',
    warnings TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX documents_path ON documents(path);
  CREATE INDEX documents_jurisdiction ON documents(jurisdiction_id);

  CREATE TABLE offices (
    id INTEGER PRIMARY KEY,
    jurisdiction_id INTEGER REFERENCES jurisdictions(id),
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (jurisdiction_id, key)
  );

  CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER,
    name TEXT NOT NULL,
    sub_item TEXT,
    type TEXT,
    type_original TEXT,
    code TEXT,
    sub_code TEXT,
    level TEXT,
    office_id INTEGER REFERENCES offices(id),
    handling_unit TEXT,
    basis TEXT NOT NULL,
    fields TEXT NOT NULL,
    warnings TEXT NOT NULL DEFAULT '[]'
  );
  CREATE INDEX items_document ON items(document_id);
  CREATE INDEX items_office ON items(office_id);

  CREATE TABLE citations (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES items(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    field TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    law TEXT,
    law_as_written TEXT,
    law_source TEXT,
    rank TEXT,
    document_number INTEGER,
    notes TEXT,
    relative INTEGER NOT NULL DEFAULT 0,
    quote TEXT,
    -- The version of the law the citation reads in (its adopted date), once resolved
    -- against the registry; null while unresolved or when the registry has no versions.
    version TEXT
  );
  CREATE INDEX citations_document ON citations(document_id);
  CREATE INDEX citations_item ON citations(item_id);

  -- One row per atomic provision a citation names (n counts them from 0) (a whole-law citation has one row with
  -- a null article). item_id, law and version repeat the citation's for the lookups of
  -- \`cites\`; article_id is the article of that version, once resolved.
  CREATE TABLE refs (
    citation_id INTEGER NOT NULL REFERENCES citations(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    item_id INTEGER,
    law TEXT,
    version TEXT,
    article INTEGER,
    article_suffix INTEGER,
    paragraph INTEGER,
    point INTEGER,
    article_id INTEGER,
    -- Keyed by its citation: the table is stored in that order, with no second index for it.
    PRIMARY KEY (citation_id, n)
  ) WITHOUT ROWID;
  CREATE INDEX refs_provision ON refs(law, article, paragraph);

  CREATE TABLE laws (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE,
    rank TEXT NOT NULL,
    issuer TEXT,
    repeal TEXT
  );
  CREATE TABLE law_aliases (
    alias TEXT NOT NULL,
    law_id INTEGER NOT NULL REFERENCES laws(id) ON DELETE CASCADE,
    PRIMARY KEY (alias, law_id)
  );
  CREATE TABLE versions (
    id INTEGER PRIMARY KEY,
    law_id INTEGER NOT NULL REFERENCES laws(id) ON DELETE CASCADE,
    adopted TEXT NOT NULL,
    effective TEXT,
    status TEXT NOT NULL,
    document_number TEXT,
    document_number_value INTEGER,
    source TEXT,
    text TEXT,
    UNIQUE (law_id, adopted)
  );
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    suffix INTEGER,
    e_id TEXT NOT NULL,
    chapter TEXT,
    section TEXT,
    text TEXT NOT NULL,
    UNIQUE (version_id, e_id)
  );
  CREATE INDEX articles_number ON articles(version_id, number);
  CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    e_id TEXT NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX paragraphs_article ON paragraphs(article_id);
  CREATE TABLE points (
    id INTEGER PRIMARY KEY,
    paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    e_id TEXT NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX points_paragraph ON points(paragraph_id);
  CREATE TABLE penalties (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph INTEGER,
    kind TEXT NOT NULL,
    min REAL,
    max REAL,
    unit TEXT,
    base TEXT,
    party TEXT NOT NULL,
    condition TEXT,
    text TEXT NOT NULL
  );
  CREATE INDEX penalties_article ON penalties(article_id);
  CREATE TABLE article_links (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    from_article INTEGER NOT NULL,
    from_suffix INTEGER,
    from_paragraph INTEGER,
    to_article INTEGER NOT NULL,
    to_suffix INTEGER,
    to_paragraph INTEGER,
    to_point INTEGER,
    text TEXT NOT NULL
  );
  CREATE INDEX article_links_from ON article_links(version_id, from_article);
  CREATE INDEX article_links_to ON article_links(version_id, to_article);
  CREATE TABLE correspondences (
    id INTEGER PRIMARY KEY,
    from_version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    to_version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    from_article INTEGER,
    from_suffix INTEGER,
    to_article INTEGER,
    to_suffix INTEGER,
    change TEXT NOT NULL,
    penalties_changed INTEGER NOT NULL,
    similarity REAL NOT NULL
  );
  CREATE INDEX correspondences_from ON correspondences(from_version_id, from_article);
  CREATE INDEX correspondences_to ON correspondences(to_version_id, to_article);
  `,
];
