-- Case referrals between institutions (SPEC §4.3). A referral belongs to two tenants: its sender and
-- its receiver; both see it, no third tenant does (row-level security below, and the application's
-- own predicate through Tenancy.partyTo).
--
-- Personal data (the citizen's fields and the summary) is stored only encrypted (AES-GCM, the key id
-- in *_key_id so that keys rotate); the plain columns are the non-personal facts that statistics
-- read: dates, states, sector, parties, the citizen's region (from the postal code) and language.
-- The subject is documented as non-personal (it is searchable by both parties).
create table referrals (
    id                    uuid primary key,
    seq                   bigint generated always as identity unique,
    sender_tenant_id      uuid        not null references tenants (id),
    receiver_tenant_id    uuid        not null references tenants (id),
    public_reference      text        not null unique,
    access_code_hmac      bytea       not null,
    state                 text        not null
                                      check (state in ('SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'CLOSED',
                                                       'DECLINED', 'FORWARDED', 'WITHDRAWN')),
    version               integer     not null default 0,
    subject               text        not null check (length(subject) between 1 and 200),
    sector                text        not null,
    language              text        not null check (language in ('fr', 'nl', 'de', 'en')),
    citizen_region        text,
    citizen_language      text        check (citizen_language in ('fr', 'nl', 'de', 'en')),
    prior_contact_made    boolean     not null,
    external_reference    text        check (length(external_reference) <= 100),
    consent_obtained_at   timestamptz,
    consent_channel       text,
    consent_text_version  text,
    personal_data_key_id  text,
    citizen_ciphertext    bytea,
    summary_ciphertext    bytea,
    personal_data_erased_at timestamptz,
    due_at                timestamptz not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    acknowledged_at       timestamptz,
    accepted_at           timestamptz,
    finished_at           timestamptz,
    outcome               text        check (outcome in ('RESOLVED', 'PARTLY_RESOLVED', 'UNRESOLVED', 'NOT_ADMISSIBLE')),
    forwarded_from        uuid        references referrals (id),
    forwarded_to          uuid        references referrals (id),
    check (sender_tenant_id <> receiver_tenant_id),
    check ((personal_data_key_id is null) = (citizen_ciphertext is null and summary_ciphertext is null))
);

-- The two boxes, newest first (keyset on seq), each leading with its tenant.
create index referrals_sent_box on referrals (sender_tenant_id, seq desc);
create index referrals_received_box on referrals (receiver_tenant_id, seq desc);
-- Overdue: unacknowledged referrals of a receiver past their deadline.
create index referrals_received_waiting on referrals (receiver_tenant_id, due_at) where state = 'SENT';

alter table referrals enable row level security;
alter table referrals force row level security;

create policy referrals_parties_read on referrals
    for select to ${app_role}
    using (app_current_tenant() in (sender_tenant_id, receiver_tenant_id));

create policy referrals_sender_creates on referrals
    for insert to ${app_role}
    with check (sender_tenant_id = app_current_tenant());

create policy referrals_parties_update on referrals
    for update to ${app_role}
    using (app_current_tenant() in (sender_tenant_id, receiver_tenant_id))
    with check (app_current_tenant() in (sender_tenant_id, receiver_tenant_id));

create policy referrals_system on referrals
    to ${system_role}
    using (true)
    with check (true);

grant select, insert, update on referrals to ${app_role};
grant select, update on referrals to ${system_role};

-- The timeline: every transition with its actor. The parties are copied from the referral so that
-- the policy needs no join.
create table referral_events (
    id                 uuid primary key,
    seq                bigint generated always as identity unique,
    referral_id        uuid        not null references referrals (id),
    sender_tenant_id   uuid        not null references tenants (id),
    receiver_tenant_id uuid        not null references tenants (id),
    action             text        not null,
    from_state         text,
    to_state           text        not null,
    actor_id           text        not null,
    actor_name         text        not null,
    actor_tenant_id    uuid        not null references tenants (id),
    -- a decline or withdrawal reason, the close outcome: free text may name the citizen, so encrypted
    note_key_id        text,
    note_ciphertext    bytea,
    suggested_receiver text,
    occurred_at        timestamptz not null,
    check ((note_key_id is null) = (note_ciphertext is null))
);

create index referral_events_by_referral on referral_events (referral_id, seq);

alter table referral_events enable row level security;
alter table referral_events force row level security;

create policy referral_events_parties_read on referral_events
    for select to ${app_role}
    using (app_current_tenant() in (sender_tenant_id, receiver_tenant_id));

create policy referral_events_party_appends on referral_events
    for insert to ${app_role}
    with check (actor_tenant_id = app_current_tenant()
                and app_current_tenant() in (sender_tenant_id, receiver_tenant_id));

create policy referral_events_system on referral_events
    to ${system_role}
    using (true)
    with check (true);

grant select, insert on referral_events to ${app_role};
grant select, update on referral_events to ${system_role};

-- The thread between the two institutions; bodies encrypted.
create table referral_messages (
    id                 uuid primary key,
    seq                bigint generated always as identity unique,
    referral_id        uuid        not null references referrals (id),
    sender_tenant_id   uuid        not null references tenants (id),
    receiver_tenant_id uuid        not null references tenants (id),
    author_tenant_id   uuid        not null references tenants (id),
    author_id          text        not null,
    author_name        text        not null,
    body_key_id        text,
    body_ciphertext    bytea,
    erased_at          timestamptz,
    created_at         timestamptz not null,
    check ((body_key_id is null) = (body_ciphertext is null))
);

create index referral_messages_by_referral on referral_messages (referral_id, seq);

alter table referral_messages enable row level security;
alter table referral_messages force row level security;

create policy referral_messages_parties_read on referral_messages
    for select to ${app_role}
    using (app_current_tenant() in (sender_tenant_id, receiver_tenant_id));

create policy referral_messages_party_posts on referral_messages
    for insert to ${app_role}
    with check (author_tenant_id = app_current_tenant()
                and app_current_tenant() in (sender_tenant_id, receiver_tenant_id));

create policy referral_messages_system on referral_messages
    to ${system_role}
    using (true)
    with check (true);

grant select, insert on referral_messages to ${app_role};
grant select, update on referral_messages to ${system_role};
