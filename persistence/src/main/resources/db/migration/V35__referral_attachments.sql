-- Attachments of a referral (SPEC §4.3): files exchanged by the two institutions, visible to them
-- only. The file name and the content are personal data: encrypted (AES-GCM, key id beside them);
-- the media type (checked on the bytes) and the size are not.
create table referral_attachments (
    id                 uuid primary key,
    seq                bigint generated always as identity unique,
    referral_id        uuid        not null references referrals (id),
    sender_tenant_id   uuid        not null references tenants (id),
    receiver_tenant_id uuid        not null references tenants (id),
    uploader_tenant_id uuid        not null references tenants (id),
    uploader_id        text        not null,
    uploader_name      text        not null,
    media_type         text        not null,
    size_bytes         integer     not null check (size_bytes >= 0),
    key_id             text,
    file_name_ciphertext bytea,
    content_ciphertext bytea,
    erased_at          timestamptz,
    created_at         timestamptz not null,
    check ((key_id is null) = (content_ciphertext is null and file_name_ciphertext is null))
);

create index referral_attachments_by_referral on referral_attachments (referral_id, seq);

alter table referral_attachments enable row level security;
alter table referral_attachments force row level security;

create policy referral_attachments_parties_read on referral_attachments
    for select to ${app_role}
    using (app_current_tenant() in (sender_tenant_id, receiver_tenant_id));

create policy referral_attachments_party_uploads on referral_attachments
    for insert to ${app_role}
    with check (uploader_tenant_id = app_current_tenant()
                and app_current_tenant() in (sender_tenant_id, receiver_tenant_id));

create policy referral_attachments_system on referral_attachments
    to ${system_role}
    using (true)
    with check (true);

grant select, insert on referral_attachments to ${app_role};
grant select, update on referral_attachments to ${system_role};
