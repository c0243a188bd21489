-- The audit trail (SPEC §4.5): every committed write, appended in the same transaction.
-- Tenant-private: a tenant reads its own entries; network-wide reads go through the system role.
create table audit_events (
    id              uuid primary key,
    seq             bigint generated always as identity unique,
    tenant_id       uuid references tenants (id),
    actor_id        text        not null,
    actor_name      text        not null,
    actor_tenant_id uuid,
    action          text        not null,
    target_type     text        not null,
    target_id       text        not null,
    request_id      text        not null,
    occurred_at     timestamptz not null
);

create index audit_events_by_tenant on audit_events (tenant_id, seq desc);

alter table audit_events enable row level security;
alter table audit_events force row level security;

create policy audit_events_tenant_read on audit_events
    for select to ${app_role}
    using (tenant_id = app_current_tenant());

-- Entries of the caller's tenant; network-level entries (no tenant) only outside tenant transactions.
create policy audit_events_tenant_append on audit_events
    for insert to ${app_role}
    with check (tenant_id = app_current_tenant()
                or (tenant_id is null and app_current_tenant() is null));

create policy audit_events_system on audit_events
    to ${system_role}
    using (true)
    with check (true);

grant select, insert on audit_events to ${app_role};
grant select, insert on audit_events to ${system_role};

-- Append-only, whoever asks.
create function audit_events_append_only() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_events is append-only';
end
$$;

create trigger audit_events_append_only
    before update or delete or truncate on audit_events
    for each statement execute function audit_events_append_only();
