-- Idempotency-Key store (SPEC §4.3), per tenant: the request hash and, once done, the response
-- (encrypted: it carries the citizen's access code). Rows older than 24 h are purged.
create table idempotency_keys (
    tenant_id           uuid        not null references tenants (id),
    idempotency_key     text        not null check (length(idempotency_key) between 1 and 255),
    operation           text        not null,
    request_hash        bytea       not null,
    response_status     integer,
    response_key_id     text,
    response_ciphertext bytea,
    created_at          timestamptz not null,
    completed_at        timestamptz,
    primary key (tenant_id, idempotency_key),
    check ((response_key_id is null) = (response_ciphertext is null))
);

create index idempotency_keys_by_age on idempotency_keys (created_at);

alter table idempotency_keys enable row level security;
alter table idempotency_keys force row level security;

create policy idempotency_keys_tenant on idempotency_keys
    to ${app_role}
    using (tenant_id = app_current_tenant())
    with check (tenant_id = app_current_tenant());

create policy idempotency_keys_system on idempotency_keys
    to ${system_role}
    using (true)
    with check (true);

grant select, insert, update, delete on idempotency_keys to ${app_role};
grant select, delete on idempotency_keys to ${system_role};
