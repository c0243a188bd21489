package be.passerelle.web.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web client's settings ({@code passerelle.web.*}, from {@code PASSERELLE_WEB_*} in production).
 *
 * @param apiUrl the API's base URL, e.g. {@code https://api.passerelle.example}
 * @param publicUrl where users reach this web client (the address Keycloak returns them to after logout)
 * @param session the session cookie, timeouts and the key that seals the session attributes
 * @param db the web client's own database role and schema
 */
@ConfigurationProperties("passerelle.web")
public record WebSettings(URI apiUrl, URI publicUrl, Session session, Db db) {

    /**
     * @param cookieName {@code __Host-} prefixed: the browser then requires {@code Secure}, {@code Path=/} and no
     *     {@code Domain}
     * @param secureCookie {@code false} only in development over plain http
     * @param idleTimeout a session unused this long ends
     * @param absoluteTimeout a session this old ends, used or not
     * @param keyset the Tink AEAD keyset (JSON) that seals the session attributes (tokens) at rest
     */
    public record Session(
            String cookieName, boolean secureCookie, Duration idleTimeout, Duration absoluteTimeout, String keyset) {}

    /**
     * @param url JDBC URL of the database holding the {@code web} schema
     * @param user the web client's own role (owns the {@code web} schema, no right on the API's tables)
     * @param password its password
     * @param bootstrap development only (else {@code null}): a superuser login on the same server that
     *     creates the role and the schema; in production the database administrator does (README)
     */
    public record Db(String url, String user, String password, Bootstrap bootstrap) {}

    /** A superuser login on the same server (development only). */
    public record Bootstrap(String user, String password) {}
}
