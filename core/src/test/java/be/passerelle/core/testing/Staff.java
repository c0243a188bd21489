package be.passerelle.core.testing;

import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.Tenant;
import java.util.Optional;
import java.util.Set;

/** Call contexts of the people the use cases serve. */
public final class Staff {
    private Staff() {}

    /** A caseworker of {@code tenant}. */
    public static CallContext caseworkerOf(Tenant tenant) {
        return new CallContext(
                new Caller("cw-" + tenant.slug().value(), "caseworker", Set.of(Role.CASEWORKER), Optional.of(tenant)),
                "request-" + tenant.slug().value());
    }

    /** A network administrator, who never handles referrals. */
    public static CallContext networkAdmin() {
        return new CallContext(new Caller("na", "network-admin", Set.of(Role.NETWORK_ADMIN), Optional.empty()), "r");
    }
}
