package be.passerelle.core.notification;

import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.Map;

/** The staff's choices per notification kind (table {@code notification_preferences}); no row means IMMEDIATELY. */
public interface NotificationPreferences {

    /** The user's own choices (kinds without one are absent). */
    Map<NotificationKind, NotificationDelivery> of(TenantId tenant, String userId);

    /** Records these choices; IMMEDIATELY removes the row (the default needs none). */
    void set(TenantId tenant, String userId, Map<NotificationKind, NotificationDelivery> choices, Instant at);
}
