package be.passerelle.infra.keycloak;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a {@link LocalKeycloak} alongside the API in the local stack. Keycloak starts in the
 * background (the API does not wait for it: it accepts tokens as soon as the key set can be
 * fetched) and stops with the application.
 */
public final class LocalKeycloakLifecycle implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(LocalKeycloakLifecycle.class);

    private final LocalKeycloak.Options options;
    private final int mailPort;
    private volatile LocalKeycloak keycloak;
    private volatile LocalMailSink mail;

    /** The dev realm sends its mails to {@code localhost:mailPort}, where a local sink keeps them. */
    public LocalKeycloakLifecycle(LocalKeycloak.Options options, int mailPort) {
        this.options = options;
        this.mailPort = mailPort;
    }

    @Override
    public void start() {
        mail = LocalMailSink.start(mailPort);
        log.info("Keycloak's mails go to the local SMTP sink on port {}", mailPort);
        keycloak = LocalKeycloak.start(options);
        Thread waiter = new Thread(
                () -> {
                    try {
                        keycloak.awaitReady(Duration.ofMinutes(3));
                        log.info(
                                "Keycloak ready: {} (admin console {}/admin, admin/admin)",
                                keycloak.issuer(),
                                keycloak.baseUrl());
                    } catch (IllegalStateException e) {
                        log.error("Keycloak did not start: {}", e.getMessage());
                    }
                },
                "keycloak-ready");
        waiter.setDaemon(true);
        waiter.start();
    }

    @Override
    public void stop() {
        LocalKeycloak running = keycloak;
        if (running != null) {
            running.close();
            keycloak = null;
        }
        LocalMailSink sink = mail;
        if (sink != null) {
            sink.close();
            mail = null;
        }
    }

    @Override
    public boolean isRunning() {
        return keycloak != null;
    }
}
