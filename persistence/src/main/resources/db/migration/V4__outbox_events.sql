-- Transactional outbox (SPEC §4.5): thin events recorded in the same transaction as the change
-- that caused them, delivered later by the dispatcher through the system role.
create table outbox_events (
    id            uuid primary key,
    seq           bigint generated always as identity unique,
    tenant_id     uuid references tenants (id),
    recipients    uuid[]      not null default '{}',
    type          text        not null,
    resource_type text        not null,
    resource_id   text        not null,
    state         text,
    link          text        not null,
    occurred_at   timestamptz not null
);

alter table outbox_events enable row level security;
alter table outbox_events force row level security;

-- The application only appends, for its own tenant; it never reads the outbox.
create policy outbox_events_tenant_append on outbox_events
    for insert to ${app_role}
    with check (tenant_id = app_current_tenant()
                or (tenant_id is null and app_current_tenant() is null));

create policy outbox_events_system on outbox_events
    to ${system_role}
    using (true)
    with check (true);

grant insert on outbox_events to ${app_role};
grant select, insert, update, delete on outbox_events to ${system_role};
