-- Issue #19: the staff's mail notifications. A background worker expands each referral outbox event
-- into deliveries keyed by (event, recipient), reading the recipients (Keycloak) and their choices
-- (notification_preferences) at that moment. A delivery to send now gets its mail rendered once and
-- stored whole; a delivery for the daily digest waits for the next digest mail of its recipient.
-- Only the workers read and write these tables, through the system role. Nothing here is personal
-- data: the mails name the referral by its public reference, never its citizen or its texts.

-- Which outbox events the mail worker has expanded. The outbox rows themselves are left alone: the
-- webhook fan-out claims them with FOR UPDATE SKIP LOCKED, and a lock of the mail worker's would make
-- it skip them. One node expands at a time (it holds the cursor's row); the cursor's low mark is the
-- seq below which every event is done (it never passes an event not expanded yet, nor a recent one
-- whose lower neighbours may still be uncommitted). The events recorded before mails existed are not
-- mailed.
create table notification_events (
    event_id    uuid primary key references outbox_events (id),
    notified_at timestamptz not null
);

create table notification_cursor (
    singleton boolean primary key default true check (singleton),
    low       bigint  not null
);
insert into notification_cursor (low) select coalesce(max(seq), 0) from outbox_events;

-- A mail as it is sent: the whole MIME message, rendered once (Message-ID derived from the mail's
-- id, Date fixed), so that a resend after a lost server reply is the identical message. Sent at
-- least once, retried with backoff while SMTP fails. A digest is keyed by its recipient and day.
create table notification_mails (
    id              uuid primary key,
    seq             bigint generated always as identity unique,
    tenant_id       uuid        not null references tenants (id),
    kind            text        not null,
    language        text        not null check (language in ('fr', 'nl', 'de', 'en')),
    digest_key      text unique,
    message         bytea       not null,
    status          text        not null check (status in ('PENDING', 'SENT')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);

create index notification_mails_due on notification_mails (next_attempt_at) where status = 'PENDING';

-- One event for one recipient: a staff member ('user:<id>') or an institution's confirmed intake
-- address ('intake:<tenant id>'). IMMEDIATELY: mail_id is its own mail; DAILY_DIGEST: mail_id is
-- null until the digest that lists it.
create table notification_deliveries (
    id          uuid primary key,
    seq         bigint generated always as identity unique,
    event_id    uuid        not null references outbox_events (id),
    recipient   text        not null,
    tenant_id   uuid        not null references tenants (id),
    referral_id uuid        not null references referrals (id),
    kind        text        not null,
    delivery    text        not null check (delivery in ('IMMEDIATELY', 'DAILY_DIGEST')),
    address     text        not null,
    language    text        not null check (language in ('fr', 'nl', 'de', 'en')),
    mail_id     uuid references notification_mails (id),
    created_at  timestamptz not null,
    unique (event_id, recipient)
);

create index notification_deliveries_for_digest on notification_deliveries (recipient, seq)
    where delivery = 'DAILY_DIGEST' and mail_id is null;

alter table notification_events enable row level security;
alter table notification_events force row level security;
alter table notification_cursor enable row level security;
alter table notification_cursor force row level security;
alter table notification_mails enable row level security;
alter table notification_mails force row level security;
alter table notification_deliveries enable row level security;
alter table notification_deliveries force row level security;

create policy notification_events_system on notification_events to ${system_role} using (true) with check (true);
create policy notification_cursor_system on notification_cursor to ${system_role} using (true) with check (true);
create policy notification_mails_system on notification_mails to ${system_role} using (true) with check (true);
create policy notification_deliveries_system on notification_deliveries to ${system_role} using (true) with check (true);

grant select, insert on notification_events to ${system_role};
grant select, update on notification_cursor to ${system_role};
grant select, insert, update on notification_mails to ${system_role};
grant select, insert, update on notification_deliveries to ${system_role};
