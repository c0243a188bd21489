package be.passerelle.core.referral;

import java.time.Instant;
import java.util.Objects;

/**
 * Who works on a referral inside one institution: only that institution sees it (each party assigns
 * on its own side).
 *
 * @param assignee the staff member it is assigned to
 * @param assignedAt when
 * @param assignedBy the user name of who assigned it
 */
public record Assignment(Assignee assignee, Instant assignedAt, String assignedBy) {
    public Assignment {
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(assignedAt, "assignedAt");
        Objects.requireNonNull(assignedBy, "assignedBy");
    }

    /**
     * A staff member of the institution a referral can be assigned to.
     *
     * @param id the staff member's user id (Keycloak)
     * @param name the name shown for it (first and last name, else its user name)
     */
    public record Assignee(String id, String name) {
        public Assignee {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}
