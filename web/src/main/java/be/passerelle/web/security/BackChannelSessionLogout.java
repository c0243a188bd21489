package be.passerelle.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Ends every web session of the user a verified Keycloak logout token names (its {@code sub}, the
 * sessions' principal name), in the shared session tables: whichever web node receives the token, the
 * sessions end on all of them. Spring Security has already checked the token's signature, issuer,
 * audience and event before calling this.
 */
final class BackChannelSessionLogout implements LogoutHandler {
    private static final Logger log = LoggerFactory.getLogger(BackChannelSessionLogout.class);

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    BackChannelSessionLogout(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcLogoutToken token)) {
            return;
        }
        String subject = token.getSubject();
        if (subject == null) {
            return;
        }
        var ended = sessions.findByPrincipalName(subject).keySet();
        ended.forEach(sessions::deleteById);
        log.info("back-channel logout: {} web session(s) ended", ended.size());
    }
}
