package be.passerelle.api.config;

import be.passerelle.persistence.DatabaseSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.db.*}: the database URL and the three roles' credentials (environment
 * variables {@code PASSERELLE_DB_URL}, {@code PASSERELLE_DB_APP_USER}, …). Without a URL the local
 * stack starts an embedded PostgreSQL and fills these in.
 */
@ConfigurationProperties("passerelle.db")
public record DatabaseProperties(
        String url,
        Login owner,
        Login app,
        Login system,
        @DefaultValue("20") int appPoolSize,
        @DefaultValue("4") int systemPoolSize,
        @DefaultValue("2s") Duration connectionTimeout) {

    /** A role's user name and password. */
    public record Login(String user, String password) {
        @Override
        public String toString() {
            return "Login[user=" + user + ", password=***]";
        }
    }

    DatabaseSettings toSettings() {
        if (url == null || owner == null || app == null || system == null) {
            throw new IllegalStateException("passerelle.db.url and the owner, app and system credentials are required");
        }
        return new DatabaseSettings(
                url,
                new DatabaseSettings.Credentials(owner.user(), owner.password()),
                new DatabaseSettings.Credentials(app.user(), app.password()),
                new DatabaseSettings.Credentials(system.user(), system.password()),
                appPoolSize,
                systemPoolSize,
                connectionTimeout);
    }
}
