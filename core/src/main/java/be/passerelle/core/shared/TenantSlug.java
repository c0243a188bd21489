package be.passerelle.core.shared;

import java.util.regex.Pattern;

/** A tenant's stable, URL-safe name; also its Keycloak organization alias. */
public record TenantSlug(String value) {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    public TenantSlug {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInput("a slug has 1 to 63 lower-case letters, digits and inner hyphens");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
