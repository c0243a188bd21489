package be.passerelle.core.shared;

import java.util.Objects;
import java.util.UUID;

/** The identity of a tenant (a member institution). */
public record TenantId(UUID value) {
    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
