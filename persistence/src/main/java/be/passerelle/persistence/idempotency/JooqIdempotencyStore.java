package be.passerelle.persistence.idempotency;

import static be.passerelle.persistence.jooq.Tables.IDEMPOTENCY_KEYS;

import be.passerelle.core.idempotency.IdempotencyStore;
import be.passerelle.core.idempotency.StoredResponse;
import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.shared.TenantId;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.SealedColumns;
import be.passerelle.persistence.Tenancy;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Record;

/** Idempotency keys per tenant; responses sealed with the personal-data cipher (they hold access codes). */
final class JooqIdempotencyStore implements IdempotencyStore {
    private final Database database;
    private final PersonalDataCipher cipher;

    JooqIdempotencyStore(Database database, PersonalDataCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    @Override
    public Claim claim(
            TenantId tenant,
            String key,
            String operation,
            byte[] requestHash,
            Instant now,
            Instant expiredBefore,
            Instant abandonedBefore) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int inserted = database.dsl()
                    .insertInto(IDEMPOTENCY_KEYS)
                    .set(IDEMPOTENCY_KEYS.TENANT_ID, tenant.value())
                    .set(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY, key)
                    .set(IDEMPOTENCY_KEYS.OPERATION, operation)
                    .set(IDEMPOTENCY_KEYS.REQUEST_HASH, requestHash)
                    .set(IDEMPOTENCY_KEYS.CREATED_AT, utc(now))
                    .onConflict(IDEMPOTENCY_KEYS.TENANT_ID, IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY)
                    .doNothing()
                    .execute();
            if (inserted == 1) {
                return new Claimed();
            }
            Record held = database.dsl()
                    .select(
                            IDEMPOTENCY_KEYS.OPERATION,
                            IDEMPOTENCY_KEYS.REQUEST_HASH,
                            IDEMPOTENCY_KEYS.CREATED_AT,
                            IDEMPOTENCY_KEYS.COMPLETED_AT,
                            IDEMPOTENCY_KEYS.RESPONSE_STATUS,
                            IDEMPOTENCY_KEYS.RESPONSE_KEY_ID,
                            IDEMPOTENCY_KEYS.RESPONSE_CIPHERTEXT,
                            IDEMPOTENCY_KEYS.RESOURCE_ID)
                    .from(IDEMPOTENCY_KEYS)
                    .where(owned(tenant, key))
                    .forUpdate()
                    .fetchOne();
            if (held == null) {
                continue; // released meanwhile: claim it again
            }
            Instant createdAt = held.get(IDEMPOTENCY_KEYS.CREATED_AT).toInstant();
            boolean completed = held.get(IDEMPOTENCY_KEYS.COMPLETED_AT) != null;
            boolean sameRequest = MessageDigest.isEqual(held.get(IDEMPOTENCY_KEYS.REQUEST_HASH), requestHash)
                    && held.get(IDEMPOTENCY_KEYS.OPERATION).equals(operation);
            boolean expired = createdAt.isBefore(expiredBefore);
            boolean abandoned = !completed && sameRequest && createdAt.isBefore(abandonedBefore);
            if (expired || abandoned) {
                database.dsl()
                        .update(IDEMPOTENCY_KEYS)
                        .set(IDEMPOTENCY_KEYS.OPERATION, operation)
                        .set(IDEMPOTENCY_KEYS.REQUEST_HASH, requestHash)
                        .set(IDEMPOTENCY_KEYS.CREATED_AT, utc(now))
                        .setNull(IDEMPOTENCY_KEYS.COMPLETED_AT)
                        .setNull(IDEMPOTENCY_KEYS.RESPONSE_STATUS)
                        .setNull(IDEMPOTENCY_KEYS.RESPONSE_KEY_ID)
                        .setNull(IDEMPOTENCY_KEYS.RESPONSE_CIPHERTEXT)
                        .setNull(IDEMPOTENCY_KEYS.RESOURCE_ID)
                        .where(owned(tenant, key))
                        .execute();
                return new Claimed();
            }
            // Another operation under the same key counts as another request.
            byte[] heldHash =
                    sameRequest ? requestHash : mismatch(held.get(IDEMPOTENCY_KEYS.REQUEST_HASH), requestHash);
            if (!completed) {
                return new InProgress(heldHash);
            }
            String responseKey = held.get(IDEMPOTENCY_KEYS.RESPONSE_KEY_ID);
            byte[] body = responseKey == null
                    ? new byte[0] // erased with the referral's personal data
                    : cipher.open(
                            new Sealed(responseKey, held.get(IDEMPOTENCY_KEYS.RESPONSE_CIPHERTEXT)),
                            SealedColumns.IDEMPOTENT_RESPONSE.context(tenant, key));
            return new Completed(
                    heldHash,
                    new StoredResponse(
                            held.get(IDEMPOTENCY_KEYS.RESPONSE_STATUS),
                            body,
                            Optional.ofNullable(held.get(IDEMPOTENCY_KEYS.RESOURCE_ID))));
        }
        throw new IllegalStateException("the idempotency key could not be claimed");
    }

    @Override
    public void complete(TenantId tenant, String key, StoredResponse response, Instant at) {
        Sealed sealed = cipher.seal(response.body(), SealedColumns.IDEMPOTENT_RESPONSE.context(tenant, key));
        database.dsl()
                .update(IDEMPOTENCY_KEYS)
                .set(IDEMPOTENCY_KEYS.RESPONSE_STATUS, response.status())
                .set(IDEMPOTENCY_KEYS.RESPONSE_KEY_ID, sealed.keyId())
                .set(IDEMPOTENCY_KEYS.RESPONSE_CIPHERTEXT, sealed.ciphertext())
                .set(IDEMPOTENCY_KEYS.RESOURCE_ID, response.resource().orElse(null))
                .set(IDEMPOTENCY_KEYS.COMPLETED_AT, utc(at))
                .where(owned(tenant, key))
                .execute();
    }

    @Override
    public void release(TenantId tenant, String key) {
        database.dsl()
                .deleteFrom(IDEMPOTENCY_KEYS)
                .where(owned(tenant, key))
                .and(IDEMPOTENCY_KEYS.COMPLETED_AT.isNull())
                .execute();
    }

    @Override
    public int purge(Instant before) {
        if (!database.inSystemOperation()) {
            throw new IllegalStateException("idempotency keys are purged only by a system operation");
        }
        return database.dsl()
                .deleteFrom(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.CREATED_AT.lt(utc(before)))
                .execute();
    }

    private static Condition owned(TenantId tenant, String key) {
        return Tenancy.ownedBy(IDEMPOTENCY_KEYS.TENANT_ID, tenant).and(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key));
    }

    /** A hash that differs from {@code retry} whatever {@code held} is (same hash, other operation). */
    private static byte[] mismatch(byte[] held, byte[] retry) {
        if (!MessageDigest.isEqual(held, retry)) {
            return held;
        }
        byte[] other = held.clone();
        other[0] ^= 1;
        return other;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
