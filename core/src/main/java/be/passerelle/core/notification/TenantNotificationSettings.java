package be.passerelle.core.notification;

import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import java.time.Instant;
import java.util.Optional;

/** The tenants' notification settings (table {@code tenant_notification_settings}). */
public interface TenantNotificationSettings {

    Optional<StoredNotificationSettings> find(TenantId tenant);

    /**
     * Writes {@code settings} (its version ignored) if the row is still at {@code expectedVersion} (0: no row yet);
     * false when it changed since.
     */
    boolean save(TenantId tenant, StoredNotificationSettings settings, int expectedVersion, Instant at);

    /**
     * The slug of the tenant whose pending confirmation has this token digest and has not expired at {@code now} (across
     * tenants: only inside the address confirmation's system operation).
     */
    Optional<TenantSlug> pendingConfirmation(byte[] tokenDigest, Instant now);

    /** Confirms the tenant's address if its pending token still has this digest; false otherwise. */
    boolean confirm(TenantId tenant, byte[] tokenDigest, Instant now);
}
