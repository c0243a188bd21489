-- Signing-secret rotation (issue #16, point 8): after a rotation the previous secret keeps signing
-- alongside the new one until previous_secret_until, sealed with the keyring like the current one
-- (its own key id column, so re-keying moves it on its own).
alter table webhook_endpoints
    add column previous_secret_key_id     text,
    add column previous_secret_ciphertext bytea,
    add column previous_secret_until      timestamptz,
    add constraint webhook_endpoints_previous_secret_whole check (
        (previous_secret_key_id is null) = (previous_secret_ciphertext is null)
        and (previous_secret_ciphertext is null) = (previous_secret_until is null));
