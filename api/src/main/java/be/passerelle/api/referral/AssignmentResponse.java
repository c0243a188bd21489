package be.passerelle.api.referral;

import be.passerelle.core.referral.Assignment;
import java.time.Instant;

/**
 * Who works on a referral inside the caller's own institution (never the other party's assignment).
 *
 * @param assigneeId the staff member's user id
 * @param assigneeName the staff member's name
 * @param assignedAt when it was assigned to them
 * @param assignedBy the user name of who assigned it
 */
record AssignmentResponse(String assigneeId, String assigneeName, Instant assignedAt, String assignedBy) {

    static AssignmentResponse of(Assignment a) {
        return new AssignmentResponse(a.assignee().id(), a.assignee().name(), a.assignedAt(), a.assignedBy());
    }
}
