-- Removes a member from this project, for any owner of the project (see duizhao_add_member). The
-- login role stays: it may belong to other projects.
CREATE OR REPLACE FUNCTION duizhao_remove_member(member TEXT)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
	base TEXT := 'duizhao_' || regexp_replace(lower(current_database()), '[^a-z0-9_]', '_', 'g') || '_';
	r TEXT;
BEGIN
	IF (SELECT m.role FROM members m WHERE m.login = session_user) IS DISTINCT FROM 'owner' THEN
		RAISE EXCEPTION 'only an owner of the project may change its members' USING ERRCODE = '42501';
	END IF;
	IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = member) THEN
		FOREACH r IN ARRAY ARRAY['owner', 'coder', 'viewer'] LOOP
			EXECUTE format('REVOKE %I FROM %I', base || r, member);
		END LOOP;
	END IF;
	DELETE FROM members WHERE login = member;
END;
$$
