-- Erasing a referral's personal data erases its idempotent replay too (SPEC §4.3): the key remembers
-- the resource its request created; the erasure (a system operation) drops the encrypted response
-- but keeps the key, so that a late retry cannot create the referral a second time.
alter table idempotency_keys add column resource_id uuid;

create index idempotency_keys_by_resource on idempotency_keys (resource_id) where resource_id is not null;

grant update on idempotency_keys to ${system_role};
