-- Schema 3 on PostgreSQL: idempotent pushes. Every edit a working copy sends carries an operation
-- id made by the client; the edit and the row naming its id commit in one transaction, and the id
-- is unique. A client that lost the acknowledgment of a commit (the connection dropped after
-- COMMIT) finds its id here on the next push and does not apply the edit again. `result` is the
-- server's id of a record the edit created, so that the client can still map its local id.

CREATE TABLE applied_operations (
	op_id TEXT NOT NULL PRIMARY KEY,
	login TEXT NOT NULL DEFAULT current_user,
	result TEXT,
	applied BIGINT NOT NULL
);

ALTER TABLE applied_operations ENABLE ROW LEVEL SECURITY;
-- Owners read and write every row; coders record and read only their own operations.
CREATE POLICY owners_write ON applied_operations FOR ALL USING (duizhao_role() = 'owner') WITH CHECK (duizhao_role() = 'owner');
CREATE POLICY coders_own ON applied_operations FOR SELECT USING (duizhao_role() = 'coder' AND login = current_user);
CREATE POLICY coders_record ON applied_operations FOR INSERT WITH CHECK (duizhao_role() = 'coder' AND login = current_user);
