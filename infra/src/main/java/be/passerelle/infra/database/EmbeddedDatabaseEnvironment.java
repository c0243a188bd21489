package be.passerelle.infra.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no database URL is configured ({@code passerelle.db.url}),
 * prepares its roles and publishes the connection settings. The server stops with the application
 * context, after the connection pools (it is registered before them, so destroyed after them).
 */
public final class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {
    static final String DATABASE = "passerelle";
    // Local, loopback-only development database: these passwords protect nothing else.
    private static final DatabaseRoles.Plan PLAN = new DatabaseRoles.Plan(
            DATABASE,
            new DatabaseRoles.Login("passerelle_owner", "passerelle-owner-dev"),
            new DatabaseRoles.Login("passerelle_app", "passerelle-app-dev"),
            new DatabaseRoles.Login("passerelle_system", "passerelle-system-dev"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("passerelle.db.url"))
                || !environment.getProperty("passerelle.db.embedded.enabled", Boolean.class, true)) {
            return;
        }
        String directory = environment.getProperty("passerelle.db.embedded.data-directory", ".passerelle/pgdata");
        int port = environment.getProperty("passerelle.db.embedded.port", Integer.class, 0);
        EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(
                StringUtils.hasText(directory) ? Optional.of(Path.of(directory)) : Optional.empty(), port, false);
        server.ensureRoles(PLAN);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedDatabase", settings(server)));
        application.addInitializers(context -> {
            DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
            beans.registerSingleton("embeddedDatabaseServer", server);
            beans.registerDisposableBean("embeddedDatabaseServer", server::close);
        });
    }

    private static Map<String, Object> settings(EmbeddedDatabaseServer server) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("passerelle.db.url", server.jdbcUrl(DATABASE));
        settings.put("passerelle.db.owner.user", PLAN.owner().user());
        settings.put("passerelle.db.owner.password", PLAN.owner().password());
        settings.put("passerelle.db.app.user", PLAN.app().user());
        settings.put("passerelle.db.app.password", PLAN.app().password());
        settings.put("passerelle.db.system.user", PLAN.system().user());
        settings.put("passerelle.db.system.password", PLAN.system().password());
        return settings;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
