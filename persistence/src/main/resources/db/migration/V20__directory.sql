-- The shared directory (SPEC §4.2): taxonomies, orientation points, one entry per institution and
-- every past version of it. Shared tables: every caller reads them; a tenant writes only its own entry
-- (checked by the application and, for entries and versions, by row-level security write policies).

-- Accent- and case-insensitive search. The extensions live in their own schema so that their
-- functions stay out of the generated jOOQ code; both are trusted (the owner may create them).
create schema if not exists extensions;
create extension if not exists unaccent with schema extensions;
create extension if not exists pg_trgm with schema extensions;
grant usage on schema extensions to ${app_role}, ${system_role};

-- unaccent() is only STABLE (its dictionary could change); with the dictionary named, it may be used
-- in index expressions.
create function extensions.directory_fold(value text) returns text
    language sql
    immutable
    parallel safe
    strict
as $$ select lower(extensions.unaccent('extensions.unaccent'::regdictionary, value)) $$;

-- The texts of a {fr, nl, de, en} map, folded.
create function extensions.directory_texts(texts jsonb) returns text
    language sql
    immutable
    parallel safe
as $$ select coalesce(extensions.directory_fold(concat_ws(' ', texts ->> 'fr', texts ->> 'nl', texts ->> 'de', texts ->> 'en')), '') $$;

-- The full-text document of an entry: names weigh more than descriptions.
create function extensions.directory_document(names jsonb, descriptions jsonb) returns tsvector
    language sql
    immutable
    parallel safe
as $$ select setweight(to_tsvector('simple'::regconfig, extensions.directory_texts(names)), 'A')
          || setweight(to_tsvector('simple'::regconfig, extensions.directory_texts(descriptions)), 'B') $$;

-- The same texts as one string, for trigram (typo-tolerant) matching.
create function extensions.directory_haystack(names jsonb, descriptions jsonb) returns text
    language sql
    immutable
    parallel safe
as $$ select extensions.directory_texts(names) || ' ' || extensions.directory_texts(descriptions) $$;

create table directory_sectors (
    code     text primary key check (code ~ '^[a-z][a-z0-9-]{0,62}$'),
    labels   jsonb   not null check (jsonb_typeof(labels) = 'object'),
    position integer not null
);

create table directory_areas (
    code          text primary key check (code ~ '^[A-Z][A-Z0-9-]{0,62}$'),
    kind          text    not null check (kind in ('COUNTRY', 'REGION', 'COMMUNITY', 'PROVINCE', 'MUNICIPALITY')),
    labels        jsonb   not null check (jsonb_typeof(labels) = 'object'),
    -- [[first, last], …]
    postal_ranges jsonb   not null default '[]' check (jsonb_typeof(postal_ranges) = 'array'),
    postal_codes  text[]  not null default '{}',
    composed_of   text[]  not null default '{}',
    minus         text[]  not null default '{}',
    position      integer not null
);

create table directory_bodies (
    code        text primary key check (code ~ '^[A-Z0-9][A-Z0-9-]{0,62}$'),
    names       jsonb   not null check (jsonb_typeof(names) = 'object'),
    admin_level text    not null check (admin_level in ('FEDERAL', 'REGIONAL', 'COMMUNITY', 'LOCAL', 'PRIVATE')),
    sector      text references directory_sectors (code),
    area        text    not null references directory_areas (code),
    position    integer not null
);

create table directory_orientation_points (
    admin_level text primary key check (admin_level in ('FEDERAL', 'REGIONAL', 'COMMUNITY', 'LOCAL', 'PRIVATE')),
    institution text not null references tenants (slug)
);

-- The current entry of each institution. names/descriptions/languages/sectors/areas are the searched
-- facets; profile holds the whole entry as edited.
create table directory_entries (
    tenant_id    uuid primary key references tenants (id),
    seq          bigint generated always as identity unique,
    version      integer     not null check (version >= 1),
    names        jsonb       not null check (jsonb_typeof(names) = 'object'),
    descriptions jsonb       not null default '{}' check (jsonb_typeof(descriptions) = 'object'),
    languages    text[]      not null,
    sectors      text[]      not null default '{}',
    areas        text[]      not null default '{}',
    profile      jsonb       not null check (jsonb_typeof(profile) = 'object'),
    updated_at   timestamptz not null
);

create index directory_entries_document on directory_entries
    using gin (extensions.directory_document(names, descriptions));
create index directory_entries_haystack on directory_entries
    using gin (extensions.directory_haystack(names, descriptions) extensions.gin_trgm_ops);
create index directory_entries_sectors on directory_entries using gin (sectors);
create index directory_entries_areas on directory_entries using gin (areas);
create index directory_entries_languages on directory_entries using gin (languages);

-- Every version ever recorded, with its author (shown as the institution to the public).
create table directory_entry_versions (
    tenant_id       uuid        not null references tenants (id),
    version         integer     not null check (version >= 1),
    profile         jsonb       not null check (jsonb_typeof(profile) = 'object'),
    author_id       text        not null,
    author_name     text        not null,
    author_tenant_id uuid,
    recorded_at     timestamptz not null,
    primary key (tenant_id, version)
);

-- Incremented by every directory write, so that in-memory copies (the competence finder's) on any
-- API node notice a change with one cheap read.
create table directory_revision (
    singleton boolean primary key default true check (singleton),
    value     bigint  not null
);
insert into directory_revision (singleton, value) values (true, 0);

-- Entries and versions: readable by all; the application role writes only its bound tenant's rows.
alter table directory_entries enable row level security;
alter table directory_entries force row level security;
create policy directory_entries_read on directory_entries for select to ${app_role} using (true);
create policy directory_entries_own_insert on directory_entries for insert to ${app_role}
    with check (tenant_id = app_current_tenant());
create policy directory_entries_own_update on directory_entries for update to ${app_role}
    using (tenant_id = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy directory_entries_system on directory_entries to ${system_role} using (true) with check (true);

alter table directory_entry_versions enable row level security;
alter table directory_entry_versions force row level security;
create policy directory_entry_versions_read on directory_entry_versions for select to ${app_role} using (true);
create policy directory_entry_versions_own_insert on directory_entry_versions for insert to ${app_role}
    with check (tenant_id = app_current_tenant());
create policy directory_entry_versions_system on directory_entry_versions to ${system_role}
    using (true) with check (true);

grant select on directory_sectors, directory_areas, directory_bodies, directory_orientation_points,
    directory_entries, directory_entry_versions, directory_revision to ${app_role};
grant insert, update on directory_entries to ${app_role};
grant insert on directory_entry_versions to ${app_role};
grant update on directory_revision to ${app_role};

grant select, insert, update on directory_sectors, directory_areas, directory_bodies,
    directory_orientation_points, directory_entries, directory_revision to ${system_role};
grant select, insert on directory_entry_versions to ${system_role};
