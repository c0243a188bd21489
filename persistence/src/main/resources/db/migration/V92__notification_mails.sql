-- Issue #19: the staff's mail notifications. A background worker expands each referral outbox event
-- into deliveries keyed by (event, recipient), reading the recipients (Keycloak) and their choices
-- (notification_preferences) at that moment. A delivery to send now gets its mail rendered once and
-- stored whole; a delivery for the daily digest waits for the next digest mail of its recipient.
-- Only the workers read and write these tables, through the system role. Nothing here is personal
-- data: the mails name the referral by its public reference, never its citizen or its texts.

-- Which events the mail worker has expanded. The events recorded before mails existed are not mailed.
alter table outbox_events add column notified_at timestamptz;
update outbox_events set notified_at = occurred_at;
create index outbox_events_to_notify on outbox_events (seq) where notified_at is null;

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

alter table notification_mails enable row level security;
alter table notification_mails force row level security;
alter table notification_deliveries enable row level security;
alter table notification_deliveries force row level security;

create policy notification_mails_system on notification_mails to ${system_role} using (true) with check (true);
create policy notification_deliveries_system on notification_deliveries to ${system_role} using (true) with check (true);

grant select, insert, update on notification_mails to ${system_role};
grant select, insert, update on notification_deliveries to ${system_role};
