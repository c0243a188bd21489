package be.passerelle.core.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The event types an endpoint can subscribe to (SPEC §4.5), by their names on the wire. */
public enum WebhookEventType {
    REFERRAL_RECEIVED("referral.received", false),
    REFERRAL_STATE_CHANGED("referral.state_changed", false),
    REFERRAL_MESSAGE_POSTED("referral.message_posted", false),
    REFERRAL_RECEIVER_SUSPENDED("referral.receiver_suspended", false),
    DIRECTORY_UPDATED("directory.updated", true),
    STATISTICS_PUBLISHED("statistics.published", true);

    private final String wireName;
    private final boolean networkWide;

    WebhookEventType(String wireName, boolean networkWide) {
        this.wireName = wireName;
        this.networkWide = networkWide;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether the network's own endpoints (registered by a network administrator) may receive it. */
    public boolean networkWide() {
        return networkWide;
    }

    public static Optional<WebhookEventType> of(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
