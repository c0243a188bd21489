package be.passerelle.core.shared;

import java.util.Arrays;
import java.util.Optional;

/** Realm roles of the network (SPEC §3). */
public enum Role {
    NETWORK_ADMIN("network-admin"),
    TENANT_ADMIN("tenant-admin"),
    CASEWORKER("caseworker"),
    INTEGRATION("integration");

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    /** The role's name as Keycloak issues it in tokens. */
    public String claimValue() {
        return claimValue;
    }

    /** True for the roles that act on behalf of one institution and so need a tenant. */
    public boolean isTenantRole() {
        return this != NETWORK_ADMIN;
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claimValue.equals(value)).findFirst();
    }
}
