-- Issue #19, assignment: the history of a referral's assignments inside one institution (assigned,
-- reassigned, unassigned: to whom, by whom, when). It is merged into that institution's timeline of
-- the referral, and only that institution sees it: it is kept in its own table under the owner's
-- policy rather than in referral_events, whose rows both parties read (and which the public status,
-- the statistics and the mail worker read too, unchanged).
create table referral_assignment_events (
    id             uuid primary key,
    seq            bigint generated always as identity unique,
    referral_id    uuid        not null references referrals (id),
    tenant_id      uuid        not null references tenants (id),
    action         text        not null check (action in ('assign', 'reassign', 'unassign')),
    assignee_id    text check (length(assignee_id) between 1 and 100),
    assignee_name  text check (length(assignee_name) between 1 and 200),
    referral_state text        not null,
    actor_id       text        not null,
    actor_name     text        not null,
    occurred_at    timestamptz not null,
    check ((assignee_id is null) = (action = 'unassign')),
    check ((assignee_id is null) = (assignee_name is null))
);

create index referral_assignment_events_by_referral on referral_assignment_events (tenant_id, referral_id, seq);

alter table referral_assignment_events enable row level security;
alter table referral_assignment_events force row level security;

create policy referral_assignment_events_owner on referral_assignment_events
    to ${app_role}
    using (tenant_id = (select app_current_tenant()))
    with check (tenant_id = (select app_current_tenant()));
create policy referral_assignment_events_system on referral_assignment_events
    to ${system_role}
    using (true)
    with check (true);

grant select, insert on referral_assignment_events to ${app_role};
grant select on referral_assignment_events to ${system_role};
