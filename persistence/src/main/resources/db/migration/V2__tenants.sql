-- Member institutions. A shared table (SPEC §1): not tenant-private, so no tenant policy; every
-- caller may read it, writes go through network operations.
create table tenants (
    id                uuid primary key,
    slug              text        not null unique
                                  check (slug ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
    kind              text        not null
                                  check (kind in ('FEDERAL', 'REGIONAL', 'COMMUNITY', 'LOCAL', 'SECTORAL')),
    names             jsonb       not null check (jsonb_typeof(names) = 'object'),
    languages         text[]      not null default '{}',
    status            text        not null check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED')),
    accepts_referrals boolean     not null default false,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           integer     not null default 0
);

grant select on tenants to ${app_role};
grant select, insert, update on tenants to ${system_role};
