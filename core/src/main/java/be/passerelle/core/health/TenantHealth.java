package be.passerelle.core.health;

import java.util.List;
import java.util.Objects;

/** An institution's own health view: its figures as receiver, and per assignee (unassigned last). */
public record TenantHealth(InstitutionHealth institution, List<AssigneeHealth> assignees) {
    public TenantHealth {
        Objects.requireNonNull(institution, "institution");
        assignees = List.copyOf(assignees);
    }
}
