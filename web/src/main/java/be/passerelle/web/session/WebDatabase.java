package be.passerelle.web.session;

import be.passerelle.web.config.WebSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;

/**
 * Prepares the web client's own schema before the sessions use it: in development a superuser login
 * creates the role and the {@code web} schema (in production the database administrator does, README),
 * then the web client's own Flyway migrations ({@code db/web}, history in {@code web}) run as its role.
 */
final class WebDatabase implements InitializingBean {
    static final String SCHEMA = "web";
    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final DataSource dataSource;
    private final WebSettings.Db settings;

    WebDatabase(DataSource dataSource, WebSettings.Db settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        if (settings.bootstrap() != null) {
            bootstrap(settings.url(), settings.bootstrap(), settings.user(), settings.password());
        }
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(false)
                .locations("classpath:db/web")
                .load()
                .migrate();
    }

    /** Idempotent: the role (a login without any special attribute) and its schema. */
    static void bootstrap(String url, WebSettings.Bootstrap superuser, String role, String password)
            throws SQLException {
        if (!ROLE.matcher(role).matches()) {
            throw new IllegalArgumentException("not a plain role name: " + role);
        }
        try (Connection connection = DriverManager.getConnection(url, superuser.user(), superuser.password());
                Statement statement = connection.createStatement()) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                query.setString(1, role);
                try (var rs = query.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                statement.execute("create role " + role + " login password '" + password.replace("'", "''") + "'");
            }
            statement.execute("alter role " + role + " nosuperuser nobypassrls nocreaterole nocreatedb");
            statement.execute("do $$ begin execute format('grant connect on database %I to " + role
                    + "', current_database()); end $$");
            statement.execute("create schema if not exists " + SCHEMA + " authorization " + role);
        }
    }
}
