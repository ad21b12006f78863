-- Schema 1 of the annotation store. Portable SQL: SQLite and PostgreSQL both run this script.
-- Offsets are Unicode code points, end exclusive; times are milliseconds since 1970 (UTC).

CREATE TABLE codes (
	id TEXT NOT NULL PRIMARY KEY,
	parent_id TEXT REFERENCES codes (id),
	name TEXT NOT NULL,
	color TEXT NOT NULL,
	description TEXT NOT NULL,
	shortcut TEXT,
	position INTEGER NOT NULL,
	row_version BIGINT NOT NULL
);
CREATE INDEX codes_parent ON codes (parent_id);
CREATE UNIQUE INDEX codes_sibling_name ON codes ((COALESCE(parent_id, '')), name);

CREATE TABLE annotations (
	id TEXT NOT NULL PRIMARY KEY,
	document_id TEXT NOT NULL,
	version INTEGER NOT NULL,
	start_cp INTEGER NOT NULL,
	end_cp INTEGER NOT NULL,
	quote_exact TEXT NOT NULL,
	quote_prefix TEXT NOT NULL,
	quote_suffix TEXT NOT NULL,
	memo TEXT NOT NULL,
	coder TEXT NOT NULL,
	created BIGINT NOT NULL,
	modified BIGINT NOT NULL,
	anchoring TEXT NOT NULL,
	row_version BIGINT NOT NULL
);
CREATE INDEX annotations_document ON annotations (document_id, start_cp, end_cp);
CREATE INDEX annotations_coder ON annotations (coder);

CREATE TABLE annotation_codes (
	annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
	code_id TEXT NOT NULL REFERENCES codes (id),
	position INTEGER NOT NULL,
	PRIMARY KEY (annotation_id, code_id)
);
CREATE INDEX annotation_codes_code ON annotation_codes (code_id, annotation_id);

CREATE TABLE memos (
	id TEXT NOT NULL PRIMARY KEY,
	document_id TEXT,
	title TEXT NOT NULL,
	body TEXT NOT NULL,
	author TEXT NOT NULL,
	created BIGINT NOT NULL,
	modified BIGINT NOT NULL,
	row_version BIGINT NOT NULL
);
CREATE INDEX memos_document ON memos (document_id);

CREATE TABLE link_types (
	name TEXT NOT NULL PRIMARY KEY,
	position INTEGER NOT NULL
);
INSERT INTO link_types (name, position) VALUES ('echoes', 0);
INSERT INTO link_types (name, position) VALUES ('expands', 1);
INSERT INTO link_types (name, position) VALUES ('contradicts', 2);
INSERT INTO link_types (name, position) VALUES ('quotes', 3);
INSERT INTO link_types (name, position) VALUES ('implements', 4);

CREATE TABLE links (
	id TEXT NOT NULL PRIMARY KEY,
	from_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
	to_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
	link_type TEXT NOT NULL REFERENCES link_types (name),
	memo TEXT NOT NULL,
	author TEXT NOT NULL,
	created BIGINT NOT NULL,
	row_version BIGINT NOT NULL
);
CREATE INDEX links_from ON links (from_id);
CREATE INDEX links_to ON links (to_id);
