-- Adds a member of this project or changes their role, for any owner of the project: it runs with
-- the rights of the login that shared the project (who may create roles), and first checks that
-- the caller (session_user: the login of the connection) is an owner of this project.
CREATE OR REPLACE FUNCTION duizhao_add_member(member TEXT, new_role TEXT, password TEXT)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
	base TEXT := 'duizhao_' || regexp_replace(lower(current_database()), '[^a-z0-9_]', '_', 'g') || '_';
	r TEXT;
BEGIN
	IF (SELECT m.role FROM members m WHERE m.login = session_user) IS DISTINCT FROM 'owner' THEN
		RAISE EXCEPTION 'only an owner of the project may change its members' USING ERRCODE = '42501';
	END IF;
	IF new_role NOT IN ('owner', 'coder', 'viewer') THEN
		RAISE EXCEPTION 'no such role: %', new_role USING ERRCODE = '22023';
	END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = member) THEN
		IF password IS NULL THEN
			EXECUTE format('CREATE ROLE %I LOGIN', member);
		ELSE
			EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', member, password);
		END IF;
	END IF;
	FOREACH r IN ARRAY ARRAY['owner', 'coder', 'viewer'] LOOP
		EXECUTE format('REVOKE %I FROM %I', base || r, member);
	END LOOP;
	EXECUTE format('GRANT %I TO %I', base || new_role, member);
	INSERT INTO members (login, role) VALUES (member, new_role)
		ON CONFLICT (login) DO UPDATE SET role = EXCLUDED.role;
END;
$$
