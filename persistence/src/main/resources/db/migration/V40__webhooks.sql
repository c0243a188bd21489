-- Webhook endpoints, their deliveries and every attempt (SPEC §4.5).
-- An endpoint belongs to a tenant, or to the network (tenant_id null: network administrators'
-- subscriptions to directory.updated and statistics.published). The signing secret is sealed with
-- the keyring like personal data, because the dispatcher needs it back to sign.
create table webhook_endpoints (
    id                uuid primary key,
    tenant_id         uuid references tenants (id),
    url               text        not null,
    event_types       text[]      not null check (cardinality(event_types) > 0),
    secret_key_id     text        not null,
    secret_ciphertext bytea       not null,
    enabled           boolean     not null default true,
    failing_since     timestamptz,
    disabled_at       timestamptz,
    created_by        text        not null,
    created_at        timestamptz not null
);

create index webhook_endpoints_by_tenant on webhook_endpoints (tenant_id, created_at);

-- The outbox is fanned out once into one delivery per matching endpoint.
alter table outbox_events add column fanned_out_at timestamptz;
create index outbox_events_to_fan_out on outbox_events (seq) where fanned_out_at is null;

-- One event for one endpoint; sent in seq order per endpoint, retried until delivered. The event's
-- type is copied here because the application role never reads the outbox.
create table webhook_deliveries (
    id              uuid primary key,
    seq             bigint generated always as identity unique,
    endpoint_id     uuid        not null references webhook_endpoints (id) on delete cascade,
    tenant_id       uuid references tenants (id),
    event_id        uuid        not null references outbox_events (id),
    event_type      text        not null,
    status          text        not null check (status in ('PENDING', 'DELIVERED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    delivered_at    timestamptz,
    created_at      timestamptz not null
);

create index webhook_deliveries_pending on webhook_deliveries (endpoint_id, seq) where status = 'PENDING';
create index webhook_deliveries_by_endpoint on webhook_deliveries (endpoint_id, seq desc);

-- Each attempt's outcome and timing; never the body.
create table webhook_attempts (
    id           bigint generated always as identity primary key,
    delivery_id  uuid        not null references webhook_deliveries (id) on delete cascade,
    tenant_id    uuid references tenants (id),
    attempted_at timestamptz not null,
    duration_ms  integer     not null,
    status_code  integer,
    error        text,
    succeeded    boolean     not null
);

create index webhook_attempts_by_delivery on webhook_attempts (delivery_id, id);

-- The owner's rows: a tenant's in its transactions, the network's outside any tenant.
create policy webhook_endpoints_owner on webhook_endpoints
    to ${app_role}
    using (tenant_id = app_current_tenant() or (tenant_id is null and app_current_tenant() is null))
    with check (tenant_id = app_current_tenant() or (tenant_id is null and app_current_tenant() is null));
create policy webhook_deliveries_owner on webhook_deliveries
    to ${app_role}
    using (tenant_id = app_current_tenant() or (tenant_id is null and app_current_tenant() is null))
    with check (tenant_id = app_current_tenant() or (tenant_id is null and app_current_tenant() is null));
create policy webhook_attempts_owner on webhook_attempts
    for select to ${app_role}
    using (tenant_id = app_current_tenant() or (tenant_id is null and app_current_tenant() is null));

create policy webhook_endpoints_system on webhook_endpoints to ${system_role} using (true) with check (true);
create policy webhook_deliveries_system on webhook_deliveries to ${system_role} using (true) with check (true);
create policy webhook_attempts_system on webhook_attempts to ${system_role} using (true) with check (true);

alter table webhook_endpoints enable row level security;
alter table webhook_endpoints force row level security;
alter table webhook_deliveries enable row level security;
alter table webhook_deliveries force row level security;
alter table webhook_attempts enable row level security;
alter table webhook_attempts force row level security;

grant select, insert, update, delete on webhook_endpoints to ${app_role};
grant select, insert, update on webhook_deliveries to ${app_role};
grant select on webhook_attempts to ${app_role};
grant select, update on webhook_endpoints to ${system_role};
grant select, insert, update on webhook_deliveries to ${system_role};
grant select, insert on webhook_attempts to ${system_role};
