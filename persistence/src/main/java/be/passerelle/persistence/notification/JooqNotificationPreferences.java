package be.passerelle.persistence.notification;

import static be.passerelle.persistence.jooq.Tables.NOTIFICATION_PREFERENCES;

import be.passerelle.core.notification.NotificationDelivery;
import be.passerelle.core.notification.NotificationKind;
import be.passerelle.core.notification.NotificationPreferences;
import be.passerelle.core.shared.TenantId;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.Tenancy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/** A staff member's notification choices; a kind left at IMMEDIATELY has no row. */
final class JooqNotificationPreferences implements NotificationPreferences {
    private final Database database;

    JooqNotificationPreferences(Database database) {
        this.database = database;
    }

    @Override
    public Map<NotificationKind, NotificationDelivery> of(TenantId tenant, String userId) {
        Map<NotificationKind, NotificationDelivery> chosen = new EnumMap<>(NotificationKind.class);
        database.dsl()
                .select(NOTIFICATION_PREFERENCES.EVENT_KIND, NOTIFICATION_PREFERENCES.DELIVERY)
                .from(NOTIFICATION_PREFERENCES)
                .where(Tenancy.ownedBy(NOTIFICATION_PREFERENCES.TENANT_ID, tenant))
                .and(NOTIFICATION_PREFERENCES.USER_ID.eq(userId))
                .forEach(r -> known(r.value1())
                        .ifPresent(kind -> chosen.put(kind, NotificationDelivery.valueOf(r.value2()))));
        return chosen;
    }

    @Override
    public void set(TenantId tenant, String userId, Map<NotificationKind, NotificationDelivery> choices, Instant at) {
        choices.forEach((kind, delivery) -> {
            if (delivery == NotificationDelivery.IMMEDIATELY) {
                database.dsl()
                        .deleteFrom(NOTIFICATION_PREFERENCES)
                        .where(Tenancy.ownedBy(NOTIFICATION_PREFERENCES.TENANT_ID, tenant))
                        .and(NOTIFICATION_PREFERENCES.USER_ID.eq(userId))
                        .and(NOTIFICATION_PREFERENCES.EVENT_KIND.eq(kind.name()))
                        .execute();
            } else {
                database.dsl()
                        .insertInto(NOTIFICATION_PREFERENCES)
                        .set(NOTIFICATION_PREFERENCES.USER_ID, userId)
                        .set(NOTIFICATION_PREFERENCES.EVENT_KIND, kind.name())
                        .set(NOTIFICATION_PREFERENCES.TENANT_ID, tenant.value())
                        .set(NOTIFICATION_PREFERENCES.DELIVERY, delivery.name())
                        .set(NOTIFICATION_PREFERENCES.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                        .onConflict(NOTIFICATION_PREFERENCES.USER_ID, NOTIFICATION_PREFERENCES.EVENT_KIND)
                        .doUpdate()
                        .set(NOTIFICATION_PREFERENCES.DELIVERY, delivery.name())
                        .set(NOTIFICATION_PREFERENCES.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                        .where(Tenancy.ownedBy(NOTIFICATION_PREFERENCES.TENANT_ID, tenant))
                        .execute();
            }
        });
    }

    /** A kind this version knows (a row of a kind since removed is ignored). */
    private static java.util.Optional<NotificationKind> known(String name) {
        try {
            return java.util.Optional.of(NotificationKind.valueOf(name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
