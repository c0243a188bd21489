package be.passerelle.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach PostgreSQL. Three roles (SPEC §1): the owner runs migrations; the application role
 * (not the owner, no {@code BYPASSRLS}) serves requests under row-level security; the system role
 * serves the named cross-tenant operations from its own pool.
 */
public record DatabaseSettings(
        String url,
        Credentials owner,
        Credentials app,
        Credentials system,
        int appPoolSize,
        int systemPoolSize,
        Duration connectionTimeout) {

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (appPoolSize < 1 || systemPoolSize < 1) {
            throw new IllegalArgumentException("pool sizes must be positive");
        }
    }

    /** A database user and its password. */
    public record Credentials(String user, String password) {
        public Credentials {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=***]";
        }
    }
}
