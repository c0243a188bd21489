-- POST /api/v1/directory/match: the finder works on an in-memory snapshot; the database work is one
-- shared transaction reading the directory's revision (JooqTaxonomies.revision).
BEGIN;
select value from directory_revision;
COMMIT;
