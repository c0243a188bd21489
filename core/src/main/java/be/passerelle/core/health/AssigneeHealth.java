package be.passerelle.core.health;

import java.util.Objects;
import java.util.Optional;

/** The figures of the referrals assigned to one staff member (empty id and name: to nobody). */
public record AssigneeHealth(Optional<String> assigneeId, Optional<String> assigneeName, HealthFigures figures) {
    public AssigneeHealth {
        Objects.requireNonNull(assigneeId, "assigneeId");
        Objects.requireNonNull(assigneeName, "assigneeName");
        Objects.requireNonNull(figures, "figures");
    }
}
