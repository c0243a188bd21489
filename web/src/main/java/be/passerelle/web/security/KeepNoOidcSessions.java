package be.passerelle.web.security;

import java.util.List;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;

/**
 * The back-channel logout finds a user's sessions in the shared session tables ({@link
 * BackChannelSessionLogout}); Spring Security's default registry of OIDC sessions would keep every sign-in
 * in one node's memory (never shared, never pruned when a session times out), so it is replaced by one
 * that keeps nothing.
 */
final class KeepNoOidcSessions implements OidcSessionRegistry {

    @Override
    public void saveSessionInformation(OidcSessionInformation info) {
        // nothing kept: see the class comment
    }

    @Override
    public OidcSessionInformation removeSessionInformation(String clientSessionId) {
        return null;
    }

    @Override
    public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken logoutToken) {
        return List.of();
    }
}
