-- A tenant's integration clients (SPEC §4.1). The Keycloak client is the credential; this row is the
-- tenant's record of it, checked on every integration call so that a revoked client's tokens stop
-- working at once. Tenant-private.
create table api_clients (
    tenant_id  uuid        not null references tenants (id),
    client_id  text        not null,
    name       text        not null,
    scopes     text[]      not null,
    created_at timestamptz not null default now(),
    revoked_at timestamptz,
    primary key (tenant_id, client_id)
);

alter table api_clients enable row level security;
alter table api_clients force row level security;

create policy api_clients_tenant on api_clients
    to ${app_role}
    using (tenant_id = app_current_tenant())
    with check (tenant_id = app_current_tenant());

create policy api_clients_system on api_clients
    to ${system_role}
    using (true)
    with check (true);

grant select, insert, update on api_clients to ${app_role};
grant select on api_clients to ${system_role};
