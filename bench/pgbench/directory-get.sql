-- GET /api/v1/directory/institutions/{slug}: one shared transaction reading the entry with its tenant
-- (hand-written from JooqDirectoryEntries.find; same tables, indexes and round trips).
BEGIN;
select e.*, t.slug, t.names, t.status from directory_entries e join tenants t on t.id = e.tenant_id
where t.slug = 'energy-ombudsman';
COMMIT;
