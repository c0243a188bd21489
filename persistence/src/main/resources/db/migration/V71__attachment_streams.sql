-- Attachment content sealed as one Tink stream (AES-256-GCM-HKDF, SPEC §4.3) instead of one
-- personal-data value per segment: the stream's ciphertext is cut into the segment rows as it is
-- written (and read back one row at a time), each row's key_id is the stream key id
-- (tink-stream:<key>). content_key_id on the attachment says its content is in that form and under
-- which key; null for the earlier forms (content_ciphertext, or segments each sealed on its own),
-- which the re-encryption job re-streams. first_segment: where the rows of the current stream start,
-- so that re-streaming writes the new rows after the old ones before deleting them.
alter table referral_attachments
    add column content_key_id text,
    add column first_segment integer not null default 0 check (first_segment >= 0),
    add constraint referral_attachments_stream_in_segments
        check (content_key_id is null or segment_count is not null);

-- Re-streaming writes the new rows of an attachment.
grant insert on referral_attachment_segments to ${system_role};
