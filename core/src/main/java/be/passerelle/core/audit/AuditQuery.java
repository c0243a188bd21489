package be.passerelle.core.audit;

import be.passerelle.core.shared.InvalidInput;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters on the audit trail, all optional: the actor's id, the action, the target (type, and id
 * within it), and a time range {@code [from, to)}.
 */
public record AuditQuery(
        Optional<String> actor,
        Optional<String> action,
        Optional<String> targetType,
        Optional<String> targetId,
        Optional<Instant> from,
        Optional<Instant> to) {
    public static final AuditQuery ALL = new AuditQuery(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public AuditQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new InvalidInput("from must be before to");
        }
        if (targetId.isPresent() && targetType.isEmpty()) {
            throw new InvalidInput("targetId needs targetType");
        }
    }
}
