-- The received-box query without row-level security (the superuser, which bypasses it).
BEGIN;
select set_config('app.tenant_id', :nrj, true);
select r.*, s.slug, v.slug from referrals r
join tenants s on s.id = r.sender_tenant_id join tenants v on v.id = r.receiver_tenant_id
where r.receiver_tenant_id = :nrj order by r.seq desc limit 21;
COMMIT;
