-- Schema 2 on PostgreSQL: a shared project. Members and their project roles, every file a
-- teammate needs (project settings, normalization tables, documents with every version and the
-- original bytes), a notification on every committed change, and row-level security: coders write
-- only their own annotations, memos and links, viewers read, owners do everything. The login
-- group roles and table grants are made by the share command (their names hold the database name).

CREATE TABLE members (
	login TEXT NOT NULL PRIMARY KEY,
	role TEXT NOT NULL CHECK (role IN ('owner', 'coder', 'viewer'))
);

CREATE TABLE project_files (
	path TEXT NOT NULL PRIMARY KEY,
	content BYTEA NOT NULL,
	sha256 TEXT NOT NULL,
	modified BIGINT NOT NULL
);

-- The caller's project role. Not SECURITY DEFINER: inside such a function current_user would be
-- the function's owner. The members list is readable by whoever may read the table at all.
CREATE FUNCTION duizhao_role() RETURNS TEXT LANGUAGE sql STABLE AS $$
	SELECT role FROM members WHERE login = current_user
$$;

CREATE FUNCTION duizhao_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('duizhao_changes', TG_TABLE_NAME);
	RETURN NULL;
END;
$$;

CREATE TRIGGER codes_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON codes FOR EACH STATEMENT EXECUTE FUNCTION duizhao_notify();
CREATE TRIGGER annotations_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON annotations FOR EACH STATEMENT EXECUTE FUNCTION duizhao_notify();
CREATE TRIGGER annotation_codes_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON annotation_codes FOR EACH STATEMENT EXECUTE FUNCTION duizhao_notify();
CREATE TRIGGER memos_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON memos FOR EACH STATEMENT EXECUTE FUNCTION duizhao_notify();
CREATE TRIGGER link_types_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON link_types FOR EACH STATEMENT EXECUTE FUNCTION duizhao_notify();
CREATE TRIGGER links_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON links FOR EACH STATEMENT EXECUTE FUNCTION duizhao_notify();
CREATE TRIGGER members_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON members FOR EACH STATEMENT EXECUTE FUNCTION duizhao_notify();
CREATE TRIGGER project_files_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_files FOR EACH STATEMENT EXECUTE FUNCTION duizhao_notify();

ALTER TABLE schema_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE codes ENABLE ROW LEVEL SECURITY;
ALTER TABLE annotations ENABLE ROW LEVEL SECURITY;
ALTER TABLE annotation_codes ENABLE ROW LEVEL SECURITY;
ALTER TABLE memos ENABLE ROW LEVEL SECURITY;
ALTER TABLE link_types ENABLE ROW LEVEL SECURITY;
ALTER TABLE links ENABLE ROW LEVEL SECURITY;
ALTER TABLE members ENABLE ROW LEVEL SECURITY;
ALTER TABLE project_files ENABLE ROW LEVEL SECURITY;

-- Every member reads everything; owners write everything.
CREATE POLICY members_read ON schema_version FOR SELECT USING (duizhao_role() IS NOT NULL);
CREATE POLICY members_read ON codes FOR SELECT USING (duizhao_role() IS NOT NULL);
CREATE POLICY members_read ON annotations FOR SELECT USING (duizhao_role() IS NOT NULL);
CREATE POLICY members_read ON annotation_codes FOR SELECT USING (duizhao_role() IS NOT NULL);
CREATE POLICY members_read ON memos FOR SELECT USING (duizhao_role() IS NOT NULL);
CREATE POLICY members_read ON link_types FOR SELECT USING (duizhao_role() IS NOT NULL);
CREATE POLICY members_read ON links FOR SELECT USING (duizhao_role() IS NOT NULL);
CREATE POLICY members_read ON members FOR SELECT USING (true);
CREATE POLICY members_read ON project_files FOR SELECT USING (duizhao_role() IS NOT NULL);
CREATE POLICY owners_write ON schema_version FOR ALL USING (duizhao_role() = 'owner') WITH CHECK (duizhao_role() = 'owner');
CREATE POLICY owners_write ON codes FOR ALL USING (duizhao_role() = 'owner') WITH CHECK (duizhao_role() = 'owner');
CREATE POLICY owners_write ON annotations FOR ALL USING (duizhao_role() = 'owner') WITH CHECK (duizhao_role() = 'owner');
CREATE POLICY owners_write ON annotation_codes FOR ALL USING (duizhao_role() = 'owner') WITH CHECK (duizhao_role() = 'owner');
CREATE POLICY owners_write ON memos FOR ALL USING (duizhao_role() = 'owner') WITH CHECK (duizhao_role() = 'owner');
CREATE POLICY owners_write ON link_types FOR ALL USING (duizhao_role() = 'owner') WITH CHECK (duizhao_role() = 'owner');
CREATE POLICY owners_write ON links FOR ALL USING (duizhao_role() = 'owner') WITH CHECK (duizhao_role() = 'owner');
CREATE POLICY owners_write ON members FOR ALL USING (duizhao_role() = 'owner') WITH CHECK (duizhao_role() = 'owner');
CREATE POLICY owners_write ON project_files FOR ALL USING (duizhao_role() = 'owner') WITH CHECK (duizhao_role() = 'owner');

-- Coders write their own annotations (and their codings), memos and links.
CREATE POLICY coders_own ON annotations FOR ALL USING (duizhao_role() = 'coder' AND coder = current_user) WITH CHECK (duizhao_role() = 'coder' AND coder = current_user);
CREATE POLICY coders_own ON annotation_codes FOR ALL USING (duizhao_role() = 'coder' AND EXISTS (SELECT 1 FROM annotations a WHERE a.id = annotation_id AND a.coder = current_user)) WITH CHECK (duizhao_role() = 'coder' AND EXISTS (SELECT 1 FROM annotations a WHERE a.id = annotation_id AND a.coder = current_user));
CREATE POLICY coders_own ON memos FOR ALL USING (duizhao_role() = 'coder' AND author = current_user) WITH CHECK (duizhao_role() = 'coder' AND author = current_user);
CREATE POLICY coders_own ON links FOR ALL USING (duizhao_role() = 'coder' AND author = current_user) WITH CHECK (duizhao_role() = 'coder' AND author = current_user);
