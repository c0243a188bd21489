package be.passerelle.persistence;

import java.util.Map;
import org.flywaydb.core.Flyway;

/** Applies the Flyway migrations as the owner role; the only source of the schema. */
public final class DatabaseMigrator {
    private DatabaseMigrator() {}

    public static void migrate(DatabaseSettings settings) {
        Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(
                        settings.url(),
                        settings.owner().user(),
                        settings.owner().password())
                .locations("classpath:db/migration")
                .placeholders(Map.of(
                        "app_role", settings.app().user(),
                        "system_role", settings.system().user()))
                .validateMigrationNaming(true)
                .load()
                .migrate();
    }
}
