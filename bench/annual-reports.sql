-- The benchmark's annual reports (SPEC §4.4), added to the synthetic network by bench/run after
-- bench/generate.sql, as the superuser: one published report per active institution and year over
-- the ten years of referrals, with figures that pass the API's validation (admissible + inadmissible
-- and the outcomes within what was received and closed, sectors and languages summing to the
-- complaints received at most, the handling-time buckets to those closed). Seeded; idempotent, so that a
-- database generated before this file existed gets the same reports as a new one.
--   psql -v seed=42 -f bench/annual-reports.sql
\set ON_ERROR_STOP on
select setseed(:seed / 1000000.0 + 0.5);

with draws as (
    select t.id as tenant_id, y as year, coalesce(t.languages[1], 'fr') as language,
           -- a few institutions receive thousands of complaints a year, most a few hundred
           (50 + 6000 * power(random(), 3))::int as received,
           random() as r_admissible, random() as r_closed, random() as r_founded, random() as r_resolved,
           random() as r_days, random() as r_sector
    from tenants t
    cross join generate_series(extract(year from now())::int - 10, extract(year from now())::int - 1) y
    where t.status = 'ACTIVE'
    order by t.slug, y
), figures as (
    select tenant_id, year, language, received,
           (received * (0.5 + 0.3 * r_admissible))::int as admissible,
           (received * 0.15)::int as inadmissible,
           (received * (0.6 + 0.3 * r_closed))::int as closed,
           r_founded, r_resolved, r_days, r_sector
    from draws
)
insert into annual_reports (tenant_id, year, revision, status, figures, created_at, updated_at, updated_by,
                            published_at)
select tenant_id, year, 1, 'PUBLISHED',
       jsonb_build_object(
           'complaintsReceived', received,
           'informationRequests', received / 2,
           'outsideCompetence', received / 10,
           'referredOut', received / 20,
           'admissible', admissible,
           'inadmissible', inadmissible,
           'closed', closed,
           'founded', (closed * 0.3 * r_founded)::int,
           'partlyFounded', (closed * 0.2)::int,
           'unfounded', (closed * 0.3)::int,
           'noJudgement', (closed * 0.1)::int,
           'resolved', (closed * 0.4 * r_resolved)::int,
           'partlyResolved', (closed * 0.2)::int,
           'unresolved', (closed * 0.2)::int,
           'medianHandlingDays', (20 + 60 * r_days)::int,
           'handlingDaysBuckets', jsonb_build_object(
               '0-20', (closed * 0.4)::int, '21-45', (closed * 0.3)::int, '46-90', (closed * 0.2)::int,
               '>90', closed - (closed * 0.4)::int - (closed * 0.3)::int - (closed * 0.2)::int),
           'bySector', (
               select jsonb_object_agg(code, share)
               from (select code,
                            case when position = 0 then received - 2 * (received / 3) else received / 3 end
                                as share
                     from (select code, row_number() over (order by (hashtext(code || tenant_id::text) + r_sector))
                                  - 1 as position
                           from directory_sectors) ranked
                     where position < 3) picked),
           'byLanguage', jsonb_build_object(
               'fr', case when language = 'fr' then received - received / 4 else received / 8 end,
               'nl', case when language = 'nl' then received - received / 4 else received / 8 end,
               'de', case when language = 'de' then received - received / 4 else 0 end,
               'en', case when language = 'en' then received - received / 4 else 0 end,
               'other', 0)),
       make_timestamptz(year + 1, 3, 31, 12, 0, 0, 'Europe/Brussels'),
       make_timestamptz(year + 1, 3, 31, 12, 0, 0, 'Europe/Brussels'),
       'bench/annual-reports.sql',
       make_timestamptz(year + 1, 4, 30, 12, 0, 0, 'Europe/Brussels')
from figures
on conflict do nothing;

select count(*) as published_annual_reports from annual_reports where status = 'PUBLISHED';
