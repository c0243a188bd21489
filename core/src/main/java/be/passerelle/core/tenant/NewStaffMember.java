package be.passerelle.core.tenant;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Role;
import java.util.Set;
import java.util.regex.Pattern;

/** A staff member to invite: only the tenant roles {@code tenant-admin} and {@code caseworker}. */
public record NewStaffMember(String email, String firstName, String lastName, Set<Role> roles) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,63}");

    public NewStaffMember {
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw new InvalidInput("email is not a valid address");
        }
        email = email.strip().toLowerCase(java.util.Locale.ROOT);
        roles = StaffRoles.check(roles);
    }
}
