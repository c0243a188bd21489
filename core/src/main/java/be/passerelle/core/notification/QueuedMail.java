package be.passerelle.core.notification;

import java.util.Objects;
import java.util.UUID;

/** A stored mail waiting to be sent: its kind (a {@link NotificationKind} name or {@code DIGEST}) and bytes. */
public record QueuedMail(UUID id, String kind, int attempts, byte[] message) {
    public QueuedMail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
