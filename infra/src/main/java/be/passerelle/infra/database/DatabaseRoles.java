package be.passerelle.infra.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates the database and the three roles of SPEC §1 with a superuser connection: the owner (runs
 * migrations, owns the tables), the application role and the system role (both {@code NOSUPERUSER
 * NOBYPASSRLS}, neither owning anything). Used for the embedded database and for test databases; a
 * production database gets the same statements from its administrator (see README).
 */
public final class DatabaseRoles {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private DatabaseRoles() {}

    /** The names and passwords to create. */
    public record Plan(String database, Login owner, Login app, Login system) {}

    /** A login role. */
    public record Login(String user, String password) {
        public Login {
            if (!IDENTIFIER.matcher(user).matches()) {
                throw new IllegalArgumentException("not a plain role name: " + user);
            }
        }

        @Override
        public String toString() {
            return "Login[user=" + user + ", password=***]";
        }
    }

    /** Idempotent: existing roles keep their attributes reset to the safe ones, and their passwords. */
    public static void ensure(Connection superuser, Plan plan) throws SQLException {
        if (!IDENTIFIER.matcher(plan.database()).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + plan.database());
        }
        try (Statement statement = superuser.createStatement()) {
            for (Login login : new Login[] {plan.owner(), plan.app(), plan.system()}) {
                statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + login.user()
                        + "') then create role " + login.user() + " login password " + literal(login.password())
                        + "; end if; end $$");
                statement.execute("alter role " + login.user() + " nosuperuser nobypassrls nocreaterole");
            }
            boolean exists;
            try (var rs =
                    statement.executeQuery("select 1 from pg_database where datname = '" + plan.database() + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                statement.execute("create database " + plan.database() + " owner "
                        + plan.owner().user() + " encoding 'UTF8' template template0");
            }
            statement.execute("grant connect on database " + plan.database() + " to "
                    + plan.app().user() + ", " + plan.system().user());
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
