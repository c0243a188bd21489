package be.passerelle.infra.keycloak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
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
    private final Optional<Path> mailCopies;
    private volatile LocalKeycloak keycloak;
    private volatile LocalMailSink mail;

    /**
     * The dev realm (and the API's notifications) send their mails to {@code localhost:mailPort}, where
     * a local sink keeps them and writes each to {@code mailCopies} as an {@code .eml} file.
     */
    public LocalKeycloakLifecycle(LocalKeycloak.Options options, int mailPort, Optional<Path> mailCopies) {
        this.options = options;
        this.mailPort = mailPort;
        this.mailCopies = mailCopies;
    }

    @Override
    public void start() {
        mail = LocalMailSink.start(mailPort, mailCopies);
        log.info(
                "the local mails (Keycloak's, the notifications) go to the SMTP sink on port {}{}",
                mailPort,
                mailCopies
                        .map(d -> ", each written to " + d.toAbsolutePath() + "/<n>.eml")
                        .orElse(""));
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
