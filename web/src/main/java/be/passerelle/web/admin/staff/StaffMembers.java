package be.passerelle.web.admin.staff;

import be.passerelle.client.ApiException;
import be.passerelle.client.api.TenantsApi;
import be.passerelle.client.model.ChangeStaffBody;
import be.passerelle.client.model.InviteStaffBody;
import be.passerelle.client.model.StaffResponse;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.FormRefused;
import be.passerelle.web.api.PasserelleApi;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The institution's staff over the generated client ({@code /tenants/{slug}/users}), mapped into the page's
 * own records. A refusal of the invitation form comes back as {@link InvitationRefused}; any other refusal is
 * an {@link ApiProblem} (the problem page), e.g. the 404 of a member of another institution.
 */
@Component
class StaffMembers {
    static final List<String> ROLES = List.of("tenant-admin", "caseworker");

    private final PasserelleApi api;
    private final TenantsApi tenants;

    StaffMembers(PasserelleApi api) {
        this.api = api;
        this.tenants = new TenantsApi(api.client());
    }

    List<Member> list(String slug) {
        try {
            return tenants.listStaff(slug, api.asCurrentUser()).stream()
                    .map(StaffMembers::member)
                    .sorted(Comparator.comparing(Member::email, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    Optional<Member> find(String slug, String id) {
        return list(slug).stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * Invites a staff member (Keycloak emails the invitation).
     *
     * @throws InvitationRefused when the API refuses the form (fields, or an email that already has an account)
     */
    Member invite(String slug, InviteForm form) {
        InviteStaffBody body = new InviteStaffBody()
                .email(form.email().strip())
                .firstName(blankToNull(form.firstName()))
                .lastName(blankToNull(form.lastName()))
                .roles(form.roles().stream()
                        .map(InviteStaffBody.RolesEnum::fromValue)
                        .toList());
        try {
            return member(tenants.inviteStaff(slug, body, api.asCurrentUser()));
        } catch (ApiException e) {
            if (!FormRefused.isFormRefusal(e)) {
                throw ApiProblem.of(e);
            }
            throw new InvitationRefused(e.getCode(), fields(e));
        }
    }

    void changeRoles(String slug, String id, List<String> roles) {
        change(
                slug,
                id,
                new ChangeStaffBody()
                        .roles(roles.stream()
                                .map(ChangeStaffBody.RolesEnum::fromValue)
                                .toList()));
    }

    void enable(String slug, String id, boolean enabled) {
        change(slug, id, new ChangeStaffBody().roles(null).enabled(enabled));
    }

    void remove(String slug, String id) {
        try {
            tenants.removeStaff(slug, id, api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    private void change(String slug, String id, ChangeStaffBody body) {
        try {
            tenants.changeStaff(slug, id, body, api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    private Map<String, String> fields(ApiException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        // a role's index (roles[1]) is the roles field's
        if (FormRefused.of(e, api.client().getObjectMapper()) instanceof FormRefused refused) {
            refused.fields()
                    .forEach((field, message) -> fields.putIfAbsent(field.replaceAll("\\[\\d+\\]$", ""), message));
        }
        return fields;
    }

    private static Member member(StaffResponse staff) {
        return new Member(
                staff.getId(),
                staff.getUsername(),
                staff.getEmail(),
                staff.getFirstName(),
                staff.getLastName(),
                staff.getRoles() == null
                        ? List.of()
                        : staff.getRoles().stream()
                                .map(StaffResponse.RolesEnum::getValue)
                                .toList(),
                Boolean.TRUE.equals(staff.getEnabled()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A staff member as the page shows them. */
    record Member(
            String id,
            String username,
            String email,
            String firstName,
            String lastName,
            List<String> roles,
            boolean enabled) {
        /** The name to show: first and last name, else the email. */
        public String name() {
            String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
            return name.isEmpty() ? email : name;
        }

        public boolean has(String role) {
            return roles.contains(role);
        }
    }

    /** The invitation form. */
    record InviteForm(String email, String firstName, String lastName, List<String> roles) {
        InviteForm {
            email = email == null ? "" : email;
            firstName = firstName == null ? "" : firstName;
            lastName = lastName == null ? "" : lastName;
            roles = roles == null
                    ? List.of()
                    : roles.stream().filter(ROLES::contains).distinct().toList();
        }

        static final InviteForm BLANK = new InviteForm("", "", "", List.of("caseworker"));

        public boolean has(String role) {
            return roles.contains(role);
        }
    }

    /** The API refused the invitation form: its status and the fields it named, with its messages. */
    static final class InvitationRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final transient Map<String, String> fields;

        InvitationRefused(int status, Map<String, String> fields) {
            super("the API refused the invitation: " + status);
            this.status = status;
            this.fields = Map.copyOf(fields);
        }

        int status() {
            return status;
        }

        Map<String, String> fields() {
            return fields;
        }
    }
}
