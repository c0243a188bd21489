-- Issue #19 (staff are told): the tables that assignment, notification preferences, the tenant's
-- notification settings, the deadline scans and the mail worker share. Each institution sees only
-- its own rows; the background workers read them through the system role.

-- Who works on a referral inside one institution. Each party assigns on its own side, and only that
-- institution sees the assignee (the row is keyed by the assigning tenant, and the policy hides the
-- other party's row). Staff are Keycloak users: their id and the name shown at assignment time.
create table referral_assignments (
    referral_id   uuid        not null references referrals (id),
    tenant_id     uuid        not null references tenants (id),
    assignee_id   text        not null check (length(assignee_id) between 1 and 100),
    assignee_name text        not null check (length(assignee_name) between 1 and 200),
    assigned_by   text        not null,
    assigned_at   timestamptz not null,
    primary key (referral_id, tenant_id)
);

create index referral_assignments_by_assignee on referral_assignments (tenant_id, assignee_id);

-- A decline's reason code (the mail to the sender names it; the free-text reason is never mailed).
-- Null on every other event, and on declines made before codes existed.
alter table referral_events
    add column reason_code text check (reason_code in ('NOT_COMPETENT', 'INADMISSIBLE', 'ALREADY_HANDLED', 'OTHER'));

-- A user's choice per notification kind; no row means IMMEDIATELY.
create table notification_preferences (
    user_id    text        not null check (length(user_id) between 1 and 100),
    event_kind text        not null,
    tenant_id  uuid        not null references tenants (id),
    delivery   text        not null check (delivery in ('IMMEDIATELY', 'DAILY_DIGEST', 'NEVER')),
    updated_at timestamptz not null,
    primary key (user_id, event_kind)
);

create index notification_preferences_by_tenant on notification_preferences (tenant_id);

-- The tenant admin's settings: the shared intake address (used only once confirmed through the link
-- mailed to it; the token is kept as a digest only) and the escalation delay in working days.
create table tenant_notification_settings (
    tenant_id                   uuid primary key references tenants (id),
    intake_address              text check (length(intake_address) <= 254),
    intake_address_confirmed_at timestamptz,
    confirmation_token_digest   bytea,
    confirmation_expires_at     timestamptz,
    escalation_working_days     integer     not null default 2 check (escalation_working_days between 1 and 20),
    version                     integer     not null default 0,
    updated_at                  timestamptz not null
);

-- The deadline scans' marks: at most one reminder, one overdue notice and one escalation per
-- referral, whichever node's scan gets there first (the primary key makes the scans idempotent).
create table referral_deadline_marks (
    referral_id        uuid        not null references referrals (id),
    kind               text        not null check (kind in ('DUE_SOON', 'OVERDUE', 'ESCALATED')),
    receiver_tenant_id uuid        not null references tenants (id),
    marked_at          timestamptz not null,
    primary key (referral_id, kind)
);

create index referral_deadline_marks_by_receiver on referral_deadline_marks (receiver_tenant_id, kind, marked_at);

alter table referral_assignments enable row level security;
alter table referral_assignments force row level security;
alter table notification_preferences enable row level security;
alter table notification_preferences force row level security;
alter table tenant_notification_settings enable row level security;
alter table tenant_notification_settings force row level security;
alter table referral_deadline_marks enable row level security;
alter table referral_deadline_marks force row level security;

create policy referral_assignments_owner on referral_assignments
    to ${app_role}
    using (tenant_id = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy notification_preferences_owner on notification_preferences
    to ${app_role}
    using (tenant_id = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy tenant_notification_settings_owner on tenant_notification_settings
    to ${app_role}
    using (tenant_id = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy referral_deadline_marks_receiver_reads on referral_deadline_marks
    for select to ${app_role}
    using (receiver_tenant_id = app_current_tenant());

create policy referral_assignments_system on referral_assignments to ${system_role} using (true) with check (true);
create policy notification_preferences_system on notification_preferences to ${system_role} using (true) with check (true);
create policy tenant_notification_settings_system on tenant_notification_settings to ${system_role} using (true) with check (true);
create policy referral_deadline_marks_system on referral_deadline_marks to ${system_role} using (true) with check (true);

grant select, insert, update, delete on referral_assignments to ${app_role};
grant select, insert, update, delete on notification_preferences to ${app_role};
grant select, insert, update on tenant_notification_settings to ${app_role};
grant select on referral_deadline_marks to ${app_role};
grant select on referral_assignments to ${system_role};
grant select on notification_preferences to ${system_role};
grant select, insert, update on tenant_notification_settings to ${system_role};
grant select, insert on referral_deadline_marks to ${system_role};
