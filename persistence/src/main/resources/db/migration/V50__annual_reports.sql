-- The institutions' annual reports (SPEC §4.4): one row per revision of a tenant's report for a year.
-- At most one draft per tenant and year (always the newest revision); published revisions are
-- immutable and stay, with their dates, after a later revision supersedes them.
--
-- Drafts are tenant-private. Published revisions are public: rather than a SECURITY DEFINER function,
-- a select policy lets every application transaction (anonymous reads run in shared transactions with
-- no tenant bound) see rows whose status is PUBLISHED, as the directory's read policy does for its
-- entries. A draft can never leak through it, whichever query runs.
create table annual_reports (
    tenant_id     uuid        not null references tenants (id),
    year          integer     not null check (year between 2000 and 2999),
    revision      integer     not null check (revision >= 1),
    status        text        not null check (status in ('DRAFT', 'PUBLISHED')),
    figures       jsonb       not null check (jsonb_typeof(figures) = 'object'),
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    updated_by    text        not null,
    published_at  timestamptz,
    superseded_at timestamptz,
    primary key (tenant_id, year, revision),
    check ((status = 'PUBLISHED') = (published_at is not null)),
    check (superseded_at is null or status = 'PUBLISHED')
);

create unique index annual_reports_one_draft on annual_reports (tenant_id, year) where status = 'DRAFT';
create unique index annual_reports_one_current on annual_reports (tenant_id, year)
    where status = 'PUBLISHED' and superseded_at is null;
-- The network totals read every institution's current revision of a year.
create index annual_reports_current_by_year on annual_reports (year)
    where status = 'PUBLISHED' and superseded_at is null;

-- Published revisions are immutable: only their superseded_at may be set, once.
create function annual_reports_published_immutable() returns trigger
    language plpgsql
as $$
begin
    if old.status = 'PUBLISHED' and (
            new.figures is distinct from old.figures
            or new.status is distinct from old.status
            or new.published_at is distinct from old.published_at
            or new.year is distinct from old.year
            or new.revision is distinct from old.revision
            or new.tenant_id is distinct from old.tenant_id
            or (old.superseded_at is not null and new.superseded_at is distinct from old.superseded_at)) then
        raise exception 'a published annual report revision is immutable';
    end if;
    return new;
end
$$;

create trigger annual_reports_published_immutable
    before update on annual_reports
    for each row execute function annual_reports_published_immutable();

create function annual_reports_no_delete() returns trigger
    language plpgsql
as $$
begin
    raise exception 'annual report revisions are never deleted';
end
$$;

create trigger annual_reports_no_delete
    before delete or truncate on annual_reports
    for each statement execute function annual_reports_no_delete();

alter table annual_reports enable row level security;
alter table annual_reports force row level security;

create policy annual_reports_tenant on annual_reports
    to ${app_role}
    using (tenant_id = app_current_tenant())
    with check (tenant_id = app_current_tenant());

create policy annual_reports_published_read on annual_reports
    for select to ${app_role}
    using (status = 'PUBLISHED');

create policy annual_reports_system on annual_reports
    for select to ${system_role}
    using (true);

grant select, insert, update on annual_reports to ${app_role};
grant select on annual_reports to ${system_role};
