package be.passerelle.core.notification;

import be.passerelle.core.shared.TenantId;
import java.util.Optional;
import java.util.Set;

/** Which {@link NotificationKind} an outbox event is, if any. */
public final class NotificationEvents {
    public static final String RECEIVED = "referral.received";
    public static final String STATE_CHANGED = "referral.state_changed";
    public static final String MESSAGE_POSTED = "referral.message_posted";
    public static final String RECEIVER_SUSPENDED = "referral.receiver_suspended";
    public static final String DUE_SOON = "referral.due_soon";
    public static final String OVERDUE = "referral.overdue";
    public static final String ESCALATED = "referral.escalated";

    /** The outbox types the mail worker reads; it marks every other event as done without a mail. */
    public static final Set<String> TYPES =
            Set.of(RECEIVED, STATE_CHANGED, MESSAGE_POSTED, RECEIVER_SUSPENDED, DUE_SOON, OVERDUE, ESCALATED);

    private NotificationEvents() {}

    /**
     * @param sender the referral's sender (a message's poster is told apart by it)
     */
    public static Optional<NotificationKind> kindOf(NotificationEvent event, TenantId sender) {
        return switch (event.type()) {
            case RECEIVED -> Optional.of(NotificationKind.RECEIVED);
            case MESSAGE_POSTED ->
                Optional.of(
                        event.tenant().filter(sender::equals).isPresent()
                                ? NotificationKind.MESSAGE_FROM_SENDER
                                : NotificationKind.MESSAGE_FROM_RECEIVER);
            case RECEIVER_SUSPENDED -> Optional.of(NotificationKind.RECEIVER_SUSPENDED);
            case DUE_SOON -> Optional.of(NotificationKind.DUE_SOON);
            case OVERDUE -> Optional.of(NotificationKind.OVERDUE);
            case ESCALATED -> Optional.of(NotificationKind.ESCALATED);
            case STATE_CHANGED -> event.state().flatMap(NotificationEvents::stateKind);
            default -> Optional.empty();
        };
    }

    private static Optional<NotificationKind> stateKind(String state) {
        return switch (state) {
            case "ACKNOWLEDGED" -> Optional.of(NotificationKind.ACKNOWLEDGED);
            case "ACCEPTED" -> Optional.of(NotificationKind.ACCEPTED);
            case "DECLINED" -> Optional.of(NotificationKind.DECLINED);
            case "FORWARDED" -> Optional.of(NotificationKind.FORWARDED);
            case "CLOSED" -> Optional.of(NotificationKind.CLOSED);
            case "WITHDRAWN" -> Optional.of(NotificationKind.WITHDRAWN);
            default -> Optional.empty();
        };
    }
}
