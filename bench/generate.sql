-- The benchmark's synthetic network (SPEC §6), generated in set-based SQL by psql as the superuser:
--   psql -v seed=42 -v referrals=1000000 -f bench/generate.sql
-- On top of the seed institutions (imported by the API at start): referrals over ten years with a
-- skew (energy-ombudsman receives about 12 %, a few others much, most little), their timeline
-- events and messages. Repeatable: one seed, no parallel workers. The referrals carry no personal
-- data (as if erased by retention), so no ciphertext has to be forged; everything a list, a
-- statistic or a box reads is there. Generator version: g1 (bench/run keys its cache on it).
\set ON_ERROR_STOP on
set max_parallel_workers_per_gather = 0;
set synchronous_commit = off;

create table if not exists bench_generation (
    version      text        not null,
    seed         integer     not null,
    referrals    integer     not null,
    generated_at timestamptz not null default now()
);
select exists (select 1 from bench_generation) as already \gset
\if :already
  \echo 'bench data already generated:'
  select version, seed, referrals, generated_at from bench_generation;
  \q
\endif

select setseed(:seed / 1000000.0);

begin;

-- Tenants ranked for the skew: energy-ombudsman first, then the others in a seeded random order.
create temporary table bench_tenants on commit drop as
select id, slug, row_number() over (order by slug <> 'energy-ombudsman', random()) - 1 as rank,
       coalesce(languages[1], 'fr') as language
from tenants
where status = 'ACTIVE';
select count(*) as tenant_count from bench_tenants \gset
create index on bench_tenants (rank);

create temporary table bench_sectors on commit drop as
select code, row_number() over (order by position) - 1 as rank from directory_sectors;
select count(*) as sector_count from bench_sectors \gset

-- One row per referral, with every random draw made once, in creation order.
create temporary table bench_draws on commit drop as
select g as n,
       now() - (random() * interval '3650 days') as created_at,
       random() as r_receiver, random() as r_sender, random() as r_sector, random() as r_state,
       random() as r_language, random() as r_region, random() as r_ack, random() as r_accept,
       random() as r_finish
from generate_series(1, :referrals) g;

create temporary table bench_referrals on commit drop as
select gen_random_uuid() as id,
       d.*,
       receiver.id as receiver_id,
       receiver.language as receiver_language,
       sender.id as sender_id
from bench_draws d
-- receiver: energy-ombudsman 12 %, otherwise a quadratic skew over the ranks
join bench_tenants receiver on receiver.rank = case when d.r_receiver < 0.12 then 0
    else 1 + floor(power((d.r_receiver - 0.12) / 0.88, 2) * (:tenant_count - 1))::int end
join bench_tenants sender on sender.rank = (receiver.rank + 1 + floor(d.r_sender * (:tenant_count - 1))::int)
    % :tenant_count;

insert into referrals (
    id, sender_tenant_id, receiver_tenant_id, public_reference, access_code_hmac, state, version,
    subject, sector, language, citizen_region, citizen_language, prior_contact_made,
    consent_obtained_at, consent_channel, consent_text_version, personal_data_erased_at,
    due_at, created_at, updated_at, acknowledged_at, accepted_at, finished_at, outcome)
select r.id, r.sender_id, r.receiver_id,
       -- a valid public reference, unique: the row number in base 30 over the references' alphabet
       'PSR-' || to_char(r.created_at, 'YYYY') || '-'
           || (select string_agg(substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', (r.n / (30 ^ k)::bigint % 30)::int + 1, 1), ''
                                 order by k desc)
               from generate_series(0, 5) k),
       decode(md5(r.id::text), 'hex'),
       s.state, 1,
       'Synthetic case ' || r.n,
       (select code from bench_sectors where rank = floor(r.r_sector * :sector_count)::int),
       r.receiver_language,
       case when r.r_region < 0.55 then 'BE-VLG' when r.r_region < 0.85 then 'BE-WAL' else 'BE-BRU' end,
       case when r.r_language < 0.55 then 'nl' when r.r_language < 0.95 then 'fr' when r.r_language < 0.98 then 'de' else 'en' end,
       r.r_sender < 0.8,
       r.created_at, 'email', '2026-01', r.created_at,
       r.created_at + interval '7 days', r.created_at, coalesce(s.finished_at, s.accepted_at, s.acknowledged_at, r.created_at),
       s.acknowledged_at, s.accepted_at, s.finished_at,
       case when s.state = 'CLOSED' then (array['RESOLVED', 'PARTLY_RESOLVED', 'UNRESOLVED', 'NOT_ADMISSIBLE'])[1 + floor(r.r_finish * 4)::int] end
from bench_referrals r
cross join lateral (
    select st.state,
           case when st.state <> 'SENT' and st.state <> 'WITHDRAWN' then least(now(), r.created_at + r.r_ack * interval '10 days') end as acknowledged_at,
           case when st.state in ('ACCEPTED', 'CLOSED') then least(now(), r.created_at + interval '10 days' + r.r_accept * interval '20 days') end as accepted_at,
           case when st.state in ('CLOSED', 'DECLINED', 'WITHDRAWN') then least(now(), r.created_at + interval '30 days' + r.r_finish * interval '120 days') end as finished_at
    from (select case
            when r.created_at > now() - interval '60 days' then
                case when r.r_state < 0.3 then 'SENT' when r.r_state < 0.55 then 'ACKNOWLEDGED' else 'ACCEPTED' end
            else
                case when r.r_state < 0.65 then 'CLOSED' when r.r_state < 0.85 then 'DECLINED'
                     when r.r_state < 0.93 then 'WITHDRAWN' else 'ACCEPTED' end
          end as state) st
) s
order by r.created_at;

-- The timeline: one event per transition the referral went through.
insert into referral_events (id, referral_id, sender_tenant_id, receiver_tenant_id, action, from_state, to_state,
                             actor_id, actor_name, actor_tenant_id, occurred_at)
select gen_random_uuid(), r.id, r.sender_tenant_id, r.receiver_tenant_id, e.action, e.from_state, e.to_state,
       'bench', 'bench', case when e.by_sender then r.sender_tenant_id else r.receiver_tenant_id end, e.at
from referrals r
cross join lateral (values
    ('create', null, 'SENT', true, r.created_at),
    ('acknowledge', 'SENT', 'ACKNOWLEDGED', false, r.acknowledged_at),
    ('accept', 'ACKNOWLEDGED', 'ACCEPTED', false, r.accepted_at),
    ('close', 'ACCEPTED', 'CLOSED', false, case when r.state = 'CLOSED' then r.finished_at end),
    ('decline', 'ACKNOWLEDGED', 'DECLINED', false, case when r.state = 'DECLINED' then r.finished_at end),
    ('withdraw', 'SENT', 'WITHDRAWN', true, case when r.state = 'WITHDRAWN' then r.finished_at end)
) as e(action, from_state, to_state, by_sender, at)
join bench_referrals b on b.id = r.id
where e.at is not null
order by r.seq, e.at;

-- A thread on a third of the referrals (bodies erased like the rest of the personal data).
insert into referral_messages (id, referral_id, sender_tenant_id, receiver_tenant_id, author_tenant_id,
                               author_id, author_name, erased_at, created_at)
select gen_random_uuid(), r.id, r.sender_tenant_id, r.receiver_tenant_id, r.receiver_tenant_id,
       'bench', 'bench', r.created_at, r.created_at + interval '1 day'
from referrals r
join bench_referrals b on b.id = r.id
where r.seq % 3 = 0
order by r.seq;

insert into bench_generation (version, seed, referrals) values ('g1', :seed, :referrals);
commit;

vacuum analyze referrals;
vacuum analyze referral_events;
vacuum analyze referral_messages;
select count(*) as referrals, count(distinct receiver_tenant_id) as receivers from referrals;
select t.slug, count(*) from referrals r join tenants t on t.id = r.receiver_tenant_id
group by t.slug order by 2 desc limit 5;
