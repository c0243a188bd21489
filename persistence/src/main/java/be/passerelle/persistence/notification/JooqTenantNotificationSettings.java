package be.passerelle.persistence.notification;

import static be.passerelle.persistence.jooq.Tables.TENANTS;
import static be.passerelle.persistence.jooq.Tables.TENANT_NOTIFICATION_SETTINGS;

import be.passerelle.core.notification.StoredNotificationSettings;
import be.passerelle.core.notification.TenantNotificationSettings;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.Tenancy;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The tenants' notification settings, one row per tenant once its admin saved them. */
final class JooqTenantNotificationSettings implements TenantNotificationSettings {
    private static final be.passerelle.persistence.jooq.tables.TenantNotificationSettings T =
            TENANT_NOTIFICATION_SETTINGS;

    private final Database database;

    JooqTenantNotificationSettings(Database database) {
        this.database = database;
    }

    @Override
    public Optional<StoredNotificationSettings> find(TenantId tenant) {
        return database.dsl()
                .select(
                        T.INTAKE_ADDRESS,
                        T.INTAKE_ADDRESS_CONFIRMED_AT,
                        T.CONFIRMATION_TOKEN_DIGEST,
                        T.CONFIRMATION_EXPIRES_AT,
                        T.ESCALATION_WORKING_DAYS,
                        T.VERSION)
                .from(T)
                .where(Tenancy.ownedBy(T.TENANT_ID, tenant))
                .fetchOptional(r -> new StoredNotificationSettings(
                        Optional.ofNullable(r.value1()),
                        instant(r.value2()),
                        Optional.ofNullable(r.value3()),
                        instant(r.value4()),
                        r.value5(),
                        r.value6()));
    }

    @Override
    public boolean save(TenantId tenant, StoredNotificationSettings s, int expectedVersion, Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        // Version 0 is "never saved": no row yet, or a row another part of the system created with the
        // column's default (the deadline scan's tests, an operator's SQL). Either way the first save wins once.
        boolean updated = database.dsl()
                        .update(T)
                        .set(T.INTAKE_ADDRESS, s.intakeAddress().orElse(null))
                        .set(T.INTAKE_ADDRESS_CONFIRMED_AT, offset(s.confirmedAt()))
                        .set(T.CONFIRMATION_TOKEN_DIGEST, s.tokenDigest().orElse(null))
                        .set(T.CONFIRMATION_EXPIRES_AT, offset(s.tokenExpiresAt()))
                        .set(T.ESCALATION_WORKING_DAYS, s.escalationWorkingDays())
                        .set(T.VERSION, T.VERSION.plus(1))
                        .set(T.UPDATED_AT, now)
                        .where(Tenancy.ownedBy(T.TENANT_ID, tenant))
                        .and(T.VERSION.eq(expectedVersion))
                        .execute()
                == 1;
        if (updated || expectedVersion != 0) {
            return updated;
        }
        return database.dsl()
                        .insertInto(T)
                        .set(T.TENANT_ID, tenant.value())
                        .set(T.INTAKE_ADDRESS, s.intakeAddress().orElse(null))
                        .set(T.INTAKE_ADDRESS_CONFIRMED_AT, offset(s.confirmedAt()))
                        .set(T.CONFIRMATION_TOKEN_DIGEST, s.tokenDigest().orElse(null))
                        .set(T.CONFIRMATION_EXPIRES_AT, offset(s.tokenExpiresAt()))
                        .set(T.ESCALATION_WORKING_DAYS, s.escalationWorkingDays())
                        .set(T.VERSION, 1)
                        .set(T.UPDATED_AT, now)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    @Override
    public Optional<TenantSlug> pendingConfirmation(byte[] tokenDigest, Instant now) {
        return database.dsl()
                .select(TENANTS.SLUG)
                .from(T)
                .join(TENANTS)
                .on(TENANTS.ID.eq(T.TENANT_ID))
                .where(T.CONFIRMATION_TOKEN_DIGEST.eq(tokenDigest))
                .and(T.INTAKE_ADDRESS_CONFIRMED_AT.isNull())
                .and(T.CONFIRMATION_EXPIRES_AT.gt(now.atOffset(ZoneOffset.UTC)))
                .fetchOptional(r -> new TenantSlug(r.value1()));
    }

    @Override
    public boolean confirm(TenantId tenant, byte[] tokenDigest, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return database.dsl()
                        .update(T)
                        .set(T.INTAKE_ADDRESS_CONFIRMED_AT, at)
                        .setNull(T.CONFIRMATION_TOKEN_DIGEST)
                        .setNull(T.CONFIRMATION_EXPIRES_AT)
                        .set(T.VERSION, T.VERSION.plus(1))
                        .set(T.UPDATED_AT, at)
                        .where(Tenancy.ownedBy(T.TENANT_ID, tenant))
                        .and(T.CONFIRMATION_TOKEN_DIGEST.eq(tokenDigest))
                        .and(T.INTAKE_ADDRESS_CONFIRMED_AT.isNull())
                        .and(T.CONFIRMATION_EXPIRES_AT.gt(at))
                        .execute()
                == 1;
    }

    private static Optional<Instant> instant(OffsetDateTime value) {
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime offset(Optional<Instant> value) {
        return value.map(v -> v.atOffset(ZoneOffset.UTC)).orElse(null);
    }
}
