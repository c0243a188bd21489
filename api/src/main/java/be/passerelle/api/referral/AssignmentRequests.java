package be.passerelle.api.referral;

import be.passerelle.core.referral.Assignment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The bodies of {@link ReferralAssignmentController}. */
final class AssignmentRequests {
    private AssignmentRequests() {}

    /** @param assigneeId the user id of an enabled caseworker or admin of the caller's institution */
    record AssignRequest(@NotBlank @Size(max = 100) String assigneeId) {}

    /**
     * A staff member the caller may assign a referral to.
     *
     * @param id the user id, for {@code assigneeId}
     * @param name the name to show
     */
    record AssignableStaffMember(String id, String name) {
        static AssignableStaffMember of(Assignment.Assignee a) {
            return new AssignableStaffMember(a.id(), a.name());
        }
    }

    /** @param items the caller's institution's enabled caseworkers and admins, by name */
    record AssignableStaffResponse(List<AssignableStaffMember> items) {}
}
