// Build step (generate-sources): start a throw-away embedded PostgreSQL, apply the real Flyway
// migrations and expose the JDBC URL to jooq-codegen-maven. A broken migration fails the build.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import org.flywaydb.core.Flyway

def pg = EmbeddedPostgres.builder().start() // its shutdown hook also covers a failed build
def url = pg.getJdbcUrl('postgres', 'postgres')
pg.postgresDatabase.connection.withCloseable { c ->
    c.createStatement().withCloseable { s ->
        // Roles are provisioned outside Flyway (see README); here without login, only for GRANTs.
        s.execute('create role passerelle_app nologin')
        s.execute('create role passerelle_system nologin')
    }
}
Flyway.configure(Flyway.class.classLoader)
        .dataSource(url, 'postgres', 'postgres')
        .locations("filesystem:${project.basedir}/src/main/resources/db/migration")
        .placeholders([app_role: 'passerelle_app', system_role: 'passerelle_system'])
        .load()
        .migrate()
project.properties.setProperty('passerelle.codegen.url', url)
project.setContextValue('passerelle.codegen.database', pg)
log.info("jOOQ codegen database ready at ${url}")
