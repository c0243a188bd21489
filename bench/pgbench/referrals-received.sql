-- GET /api/v1/referrals?box=received as a caseworker of energy-ombudsman (120 000 referrals): caller
-- identification (a shared transaction reading the tenant by its slug), then the tenant's
-- transaction: bind the tenant, read the newest 21 rows of the box with both parties' slugs
-- (hand-written from IdentifyCaller and JooqReferrals.list). Runs as the application role.
BEGIN;
select * from tenants where slug = 'energy-ombudsman';
COMMIT;
BEGIN;
select set_config('app.tenant_id', :nrj, true);
select r.*, s.slug, s.names, v.slug, v.names from referrals r
join tenants s on s.id = r.sender_tenant_id join tenants v on v.id = r.receiver_tenant_id
where r.receiver_tenant_id = :nrj order by r.seq desc limit 21;
COMMIT;
