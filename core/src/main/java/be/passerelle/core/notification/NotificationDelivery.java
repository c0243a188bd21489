package be.passerelle.core.notification;

/** How one kind of notification reaches a user; without a choice, {@link #IMMEDIATELY}. */
public enum NotificationDelivery {
    IMMEDIATELY,
    /** In one mail at 08:00 Europe/Brussels on Belgian working days. */
    DAILY_DIGEST,
    NEVER
}
