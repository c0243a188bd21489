package be.passerelle.infra.testing;

import be.passerelle.infra.keycloak.LocalKeycloak;
import be.passerelle.infra.keycloak.LocalMailSink;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One real Keycloak per test run, started from the official distribution with the dev realm (the
 * Maven build unpacks the distribution and passes {@code passerelle.keycloak.dist} and {@code
 * passerelle.keycloak.realm-file}). Shared by every end-to-end test of the JVM; stopped at exit.
 */
public final class KeycloakTestServer {
    private static LocalKeycloak shared;
    private static LocalMailSink mail;

    private KeycloakTestServer() {}

    public static synchronized LocalKeycloak shared() {
        if (shared == null) {
            String distribution = required("passerelle.keycloak.dist");
            String realmFile = required("passerelle.keycloak.realm-file");
            LocalKeycloak keycloak = LocalKeycloak.start(new LocalKeycloak.Options(
                    Path.of(distribution),
                    Path.of("target", "keycloak-it"),
                    freePort(),
                    freePort(),
                    Path.of(realmFile),
                    true));
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close));
            LocalMailSink sink = LocalMailSink.start(freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(sink::close));
            keycloak.awaitReady(Duration.ofMinutes(3));
            new KeycloakClient(keycloak.baseUrl(), LocalKeycloak.REALM).sendMailTo(sink.port());
            mail = sink;
            shared = keycloak;
        }
        return shared;
    }

    /** The SMTP sink that receives the realm's mails (invitations). */
    public static synchronized LocalMailSink mail() {
        shared();
        return mail;
    }

    /** A client of the shared server's token and admin endpoints. */
    public static KeycloakClient client() {
        return new KeycloakClient(shared().baseUrl(), LocalKeycloak.REALM);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set (run the tests through Maven)");
        }
        return value;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
