package be.passerelle.core.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code tenant_notification_settings}: the address the admin asked for, when it was confirmed, the
 * digest of the pending confirmation token and its expiry, the escalation delay, the row's version.
 */
public record StoredNotificationSettings(
        Optional<String> intakeAddress,
        Optional<Instant> confirmedAt,
        Optional<byte[]> tokenDigest,
        Optional<Instant> tokenExpiresAt,
        int escalationWorkingDays,
        int version) {
    public static final int DEFAULT_ESCALATION_WORKING_DAYS = 2;

    public StoredNotificationSettings {
        Objects.requireNonNull(intakeAddress, "intakeAddress");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        tokenDigest = tokenDigest.map(byte[]::clone);
        Objects.requireNonNull(tokenExpiresAt, "tokenExpiresAt");
    }

    /** A tenant without a row: no address, the default delay, version 0. */
    public static StoredNotificationSettings defaults() {
        return new StoredNotificationSettings(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                DEFAULT_ESCALATION_WORKING_DAYS,
                0);
    }

    public IntakeAddressStatus status() {
        if (intakeAddress.isEmpty()) {
            return IntakeAddressStatus.NONE;
        }
        return confirmedAt.isPresent() ? IntakeAddressStatus.CONFIRMED : IntakeAddressStatus.PENDING_CONFIRMATION;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredNotificationSettings s
                && intakeAddress.equals(s.intakeAddress)
                && confirmedAt.equals(s.confirmedAt)
                && Arrays.equals(tokenDigest.orElse(null), s.tokenDigest.orElse(null))
                && tokenExpiresAt.equals(s.tokenExpiresAt)
                && escalationWorkingDays == s.escalationWorkingDays
                && version == s.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(intakeAddress, confirmedAt, tokenExpiresAt, escalationWorkingDays, version);
    }

    @Override
    public String toString() {
        return "StoredNotificationSettings[status=" + status() + ", escalationWorkingDays=" + escalationWorkingDays
                + ", version=" + version + "]";
    }
}
