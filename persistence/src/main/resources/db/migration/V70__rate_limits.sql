-- Rate limits shared by every API node (SPEC §5, issue #9): one counter per limited key (a tenant,
-- an API client, a client address) and fixed window. Not tenant data: anonymous requests write it
-- too, so no row-level security. A node reserves several requests at once (see the limiter), so
-- the count may pass the limit by the reservations that nodes did not use up. Windows that ended
-- are deleted by the nodes as they go.
create table rate_limit_counters (
    key          text        not null check (length(key) between 1 and 500),
    window_start timestamptz not null,
    window_end   timestamptz not null,
    count        bigint      not null check (count >= 0),
    primary key (key, window_start)
);

create index rate_limit_counters_by_end on rate_limit_counters (window_end);

grant select, insert, update, delete on rate_limit_counters to ${app_role};
grant select, delete on rate_limit_counters to ${system_role};

-- A tenant's own limit, set by the network admin (PUT /tenants/{slug}/rate-limit); without a row
-- the configured default applies. Network configuration, readable by every request.
create table tenant_rate_limits (
    tenant_id           uuid        primary key references tenants (id),
    requests_per_window integer     not null check (requests_per_window between 1 and 100000000),
    updated_at          timestamptz not null
);

grant select, insert, update, delete on tenant_rate_limits to ${app_role};
grant select on tenant_rate_limits to ${system_role};
