-- Referral flows (SPEC §4.4): pre-aggregated, so that a public read never scans the referrals and no
-- referral write updates shared hot rows. A refresher (system role, one node at a time) folds the
-- referrals changed since its watermark into these tables: for each referral whose facts changed it
-- subtracts the old facts' contribution and adds the new one.
--
-- Everything here is non-personal: dates, states, sector, parties, the citizen's language and region.

-- The facts of each referral as last folded into the rollups (so that the old contribution can be
-- subtracted). Per-referral rows: for the system role only, never for the application role.
create table referral_flow_facts (
    referral_id         uuid primary key,
    year                integer not null,
    month               integer not null check (month between 1 and 12),
    sender_tenant_id    uuid    not null,
    receiver_tenant_id  uuid    not null,
    sector              text    not null,
    state               text    not null,
    language            text    not null,
    region              text    not null,
    days_to_acknowledge integer,
    days_to_accept      integer,
    days_to_close       integer
);

-- The rollups' counts carry no check (referrals >= 0): an upsert that subtracts is checked as the
-- row it would insert (a negative delta) before the conflict turns it into an update.

-- Network-wide monthly detail: referrals created per month by sector, by language and by region.
create table referral_flow_monthly (
    year      integer not null,
    month     integer not null check (month between 1 and 12),
    dimension text    not null check (dimension in ('sector', 'language', 'region')),
    category  text    not null,
    referrals bigint  not null,
    primary key (year, month, dimension, category)
);

-- Sender → receiver, per year.
create table referral_flow_pairs (
    year               integer not null,
    receiver_tenant_id uuid    not null,
    sender_tenant_id   uuid    not null,
    referrals          bigint  not null,
    primary key (year, receiver_tenant_id, sender_tenant_id)
);

-- Per receiver and year, by current state.
create table referral_flow_states (
    year               integer not null,
    receiver_tenant_id uuid    not null,
    state              text    not null,
    referrals          bigint  not null,
    primary key (year, receiver_tenant_id, state)
);

-- Per receiver and year, histograms of calendar days (Europe/Brussels) from creation to
-- acknowledgement, acceptance and closure: medians without a scan.
create table referral_flow_durations (
    year               integer not null,
    receiver_tenant_id uuid    not null,
    metric             text    not null check (metric in ('ACKNOWLEDGE', 'ACCEPT', 'CLOSE')),
    days               integer not null,
    referrals          bigint  not null,
    primary key (year, receiver_tenant_id, metric, days)
);

-- The refresher's state: referrals updated after the watermark are still to be folded in; as_of is
-- when the rollups were last brought up to date (the responses' asOf).
create table referral_flow_refresh (
    singleton boolean primary key default true check (singleton),
    watermark timestamptz,
    as_of     timestamptz
);
insert into referral_flow_refresh (singleton) values (true);

-- The refresher finds changed referrals by updated_at.
create index referrals_by_update on referrals (updated_at);

-- Shared, non-personal rollups: readable by anyone through the application role (like the directory),
-- written by the refresher only. The facts stay with the system role.
alter table referral_flow_facts enable row level security;
alter table referral_flow_facts force row level security;
create policy referral_flow_facts_system on referral_flow_facts to ${system_role} using (true) with check (true);

grant select on referral_flow_monthly, referral_flow_pairs, referral_flow_states, referral_flow_durations,
    referral_flow_refresh to ${app_role};
grant select, insert, update, delete on referral_flow_facts, referral_flow_monthly, referral_flow_pairs,
    referral_flow_states, referral_flow_durations, referral_flow_refresh to ${system_role};
