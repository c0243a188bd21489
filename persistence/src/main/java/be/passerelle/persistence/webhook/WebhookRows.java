package be.passerelle.persistence.webhook;

import static be.passerelle.persistence.jooq.Tables.WEBHOOK_ATTEMPTS;
import static be.passerelle.persistence.jooq.Tables.WEBHOOK_ENDPOINTS;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.webhook.DeliveryAttempt;
import be.passerelle.core.webhook.SigningSecrets;
import be.passerelle.core.webhook.WebhookEndpoint;
import be.passerelle.core.webhook.WebhookEventType;
import be.passerelle.core.webhook.WebhookSecret;
import be.passerelle.persistence.SealedColumns;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Record;

/** Mapping shared by the owner's view and the dispatcher's: endpoints, attempts, sealed secrets. */
final class WebhookRows {
    private WebhookRows() {}

    /** The secret's context, from {@link SealedColumns} as for re-keying. */
    static String secretContext(UUID endpoint) {
        return SealedColumns.WEBHOOK_SECRET.context(endpoint);
    }

    static Sealed sealSecret(PersonalDataCipher cipher, UUID endpoint, WebhookSecret secret) {
        return cipher.seal(secret.value().getBytes(StandardCharsets.UTF_8), secretContext(endpoint));
    }

    static WebhookSecret openSecret(PersonalDataCipher cipher, Record r) {
        Sealed sealed = new Sealed(r.get(WEBHOOK_ENDPOINTS.SECRET_KEY_ID), r.get(WEBHOOK_ENDPOINTS.SECRET_CIPHERTEXT));
        return new WebhookSecret(
                new String(cipher.open(sealed, secretContext(r.get(WEBHOOK_ENDPOINTS.ID))), StandardCharsets.UTF_8));
    }

    static Sealed sealPreviousSecret(PersonalDataCipher cipher, UUID endpoint, WebhookSecret secret) {
        return cipher.seal(
                secret.value().getBytes(StandardCharsets.UTF_8),
                SealedColumns.WEBHOOK_PREVIOUS_SECRET.context(endpoint));
    }

    /** The current secret and, while it has one, the previous one with the instant it stops signing. */
    static SigningSecrets openSecrets(PersonalDataCipher cipher, Record r) {
        WebhookSecret current = openSecret(cipher, r);
        byte[] previous = r.get(WEBHOOK_ENDPOINTS.PREVIOUS_SECRET_CIPHERTEXT);
        if (previous == null) {
            return SigningSecrets.only(current);
        }
        UUID id = r.get(WEBHOOK_ENDPOINTS.ID);
        Sealed sealed = new Sealed(r.get(WEBHOOK_ENDPOINTS.PREVIOUS_SECRET_KEY_ID), previous);
        WebhookSecret old = new WebhookSecret(new String(
                cipher.open(sealed, SealedColumns.WEBHOOK_PREVIOUS_SECRET.context(id)), StandardCharsets.UTF_8));
        return new SigningSecrets(current, Optional.of(old), instant(r.get(WEBHOOK_ENDPOINTS.PREVIOUS_SECRET_UNTIL)));
    }

    static WebhookEndpoint endpoint(Record r) {
        return new WebhookEndpoint(
                r.get(WEBHOOK_ENDPOINTS.ID),
                Optional.ofNullable(r.get(WEBHOOK_ENDPOINTS.TENANT_ID)).map(TenantId::new),
                URI.create(r.get(WEBHOOK_ENDPOINTS.URL)),
                Arrays.stream(r.get(WEBHOOK_ENDPOINTS.EVENT_TYPES))
                        .map(name -> WebhookEventType.of(name).orElseThrow())
                        .collect(Collectors.toSet()),
                r.get(WEBHOOK_ENDPOINTS.ENABLED),
                instant(r.get(WEBHOOK_ENDPOINTS.FAILING_SINCE)),
                instant(r.get(WEBHOOK_ENDPOINTS.DISABLED_AT)),
                r.get(WEBHOOK_ENDPOINTS.CREATED_AT).toInstant());
    }

    static DeliveryAttempt attempt(Record r) {
        Integer status = r.get(WEBHOOK_ATTEMPTS.STATUS_CODE);
        return new DeliveryAttempt(
                r.get(WEBHOOK_ATTEMPTS.ATTEMPTED_AT).toInstant(),
                Duration.ofMillis(r.get(WEBHOOK_ATTEMPTS.DURATION_MS)),
                status == null ? OptionalInt.empty() : OptionalInt.of(status),
                Optional.ofNullable(r.get(WEBHOOK_ATTEMPTS.ERROR)));
    }

    static Optional<java.time.Instant> instant(OffsetDateTime value) {
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }

    static OffsetDateTime utc(java.time.Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
