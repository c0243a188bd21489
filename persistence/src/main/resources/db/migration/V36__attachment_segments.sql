-- Attachment content in segments (SPEC §4.3), so that uploads and downloads stream: each 64 KiB of
-- plaintext is sealed on its own (AES-GCM, key id beside it, so the re-encryption job moves it),
-- bound to its attachment, its index and whether it is the last one, so segments cannot be
-- reordered, swapped between files or dropped unnoticed. The attachment records how many there are.
-- Rows written before this migration keep their single sealed value (content_ciphertext) and are
-- still read as one segment; it cannot be split in SQL since it is encrypted.
alter table referral_attachments
    add column segment_count integer check (segment_count > 0),
    -- Content still stored (key_id set) is in exactly one of the two forms.
    add constraint referral_attachments_one_content_form
        check (key_id is null or (content_ciphertext is null) <> (segment_count is null)),
    -- Lets the segments repeat the parties of their attachment and have the database hold them to it.
    add constraint referral_attachments_id_parties unique (id, sender_tenant_id, receiver_tenant_id, uploader_tenant_id);

-- The parties are copied from the attachment (and checked against it by the foreign key) so that
-- row-level security reads them on the segment itself. The key is deferred: an upload writes its
-- segments as they stream and the attachment, whose size is then known, last, in one transaction.
create table referral_attachment_segments (
    attachment_id      uuid    not null,
    segment            integer not null check (segment >= 0),
    sender_tenant_id   uuid    not null,
    receiver_tenant_id uuid    not null,
    uploader_tenant_id uuid    not null,
    key_id             text    not null,
    ciphertext         bytea   not null,
    primary key (attachment_id, segment),
    foreign key (attachment_id, sender_tenant_id, receiver_tenant_id, uploader_tenant_id)
        references referral_attachments (id, sender_tenant_id, receiver_tenant_id, uploader_tenant_id)
        deferrable initially deferred
);

alter table referral_attachment_segments enable row level security;
alter table referral_attachment_segments force row level security;

create policy referral_attachment_segments_parties_read on referral_attachment_segments
    for select to ${app_role}
    using (app_current_tenant() in (sender_tenant_id, receiver_tenant_id));

create policy referral_attachment_segments_party_uploads on referral_attachment_segments
    for insert to ${app_role}
    with check (uploader_tenant_id = app_current_tenant()
                and app_current_tenant() in (sender_tenant_id, receiver_tenant_id));

-- Re-encryption updates segments, erasure deletes them.
create policy referral_attachment_segments_system on referral_attachment_segments
    to ${system_role}
    using (true)
    with check (true);

grant select, insert on referral_attachment_segments to ${app_role};
grant select, update, delete on referral_attachment_segments to ${system_role};
