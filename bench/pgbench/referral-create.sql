-- POST /api/v1/referrals as a caseworker of mediateur-wallonie-fwb (:wal) to energy-ombudsman (:nrj):
-- caller identification (a shared transaction reading the tenant by its slug), then one tenant
-- transaction: bind the tenant, read the receiver, insert the referral (with sealed personal data of
-- a typical size) and its timeline event, the audit entry and the outbox event (hand-written from
-- CreateReferral and its adapters). Runs as the application role.
\set n random(1, 2000000000)
BEGIN;
select * from tenants where slug = 'mediateur-wallonie-fwb';
COMMIT;
BEGIN;
select set_config('app.tenant_id', :wal, true);
select * from tenants where slug = 'energy-ombudsman';
with created as (
    insert into referrals (id, sender_tenant_id, receiver_tenant_id, public_reference, access_code_hmac, state,
        subject, sector, language, citizen_region, citizen_language, prior_contact_made, consent_obtained_at,
        consent_channel, consent_text_version, personal_data_key_id, citizen_ciphertext, summary_ciphertext,
        due_at, created_at, updated_at)
    values (gen_random_uuid(), :wal, :nrj, 'PGB-' || :n || '-' || md5(random()::text),
        decode(md5(random()::text), 'hex'), 'SENT', 'pgbench case', 'energy', 'fr', 'BE-WAL', 'fr', true, now(),
        'email', '2026-01', 'dev-1', decode(repeat(md5(random()::text), 5), 'hex'),
        decode(repeat(md5(random()::text), 3), 'hex'), now() + interval '7 days', now(), now())
    returning id, sender_tenant_id, receiver_tenant_id
)
insert into referral_events (id, referral_id, sender_tenant_id, receiver_tenant_id, action, to_state, actor_id,
    actor_name, actor_tenant_id, occurred_at)
select gen_random_uuid(), id, sender_tenant_id, receiver_tenant_id, 'create', 'SENT', 'pgbench', 'pgbench',
    sender_tenant_id, now() from created;
insert into audit_events (id, tenant_id, actor_id, actor_name, actor_tenant_id, action, target_type, target_id,
    request_id, occurred_at)
values (gen_random_uuid(), :wal, 'pgbench', 'pgbench', :wal, 'referral.created', 'referral', :n::text, 'pgbench', now());
insert into outbox_events (id, tenant_id, recipients, type, resource_type, resource_id, state, link, occurred_at)
values (gen_random_uuid(), :wal, array[:wal, :nrj]::uuid[], 'referral.received', 'referral', :n::text, 'SENT',
    '/api/v1/referrals/' || :n, now());
COMMIT;
