package be.passerelle.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Builds the two connection pools: the application role's and the system role's. */
public final class ConnectionPools {
    private ConnectionPools() {}

    public static HikariDataSource application(DatabaseSettings settings) {
        return pool("passerelle-app", settings, settings.app(), settings.appPoolSize());
    }

    public static HikariDataSource system(DatabaseSettings settings) {
        return pool("passerelle-system", settings, settings.system(), settings.systemPoolSize());
    }

    private static HikariDataSource pool(
            String name, DatabaseSettings settings, DatabaseSettings.Credentials credentials, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(settings.url());
        config.setUsername(credentials.user());
        config.setPassword(credentials.password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        // A bounded wait: while the database is down requests fail fast (503) instead of piling up.
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(1000, settings.connectionTimeout().toMillis()));
        config.setAutoCommit(true);
        // Do not fail when the database is down while the pool is built: it connects when it can.
        config.setInitializationFailTimeout(-1);
        // And a bounded TCP connect (the driver's default is 10 s) so that the pool notices a
        // database that is back, or still unreachable, as quickly as a request gives up on it.
        config.addDataSourceProperty(
                "connectTimeout",
                Long.toString(Math.max(1, settings.connectionTimeout().toSeconds())));
        config.addDataSourceProperty("ApplicationName", name);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }
}
