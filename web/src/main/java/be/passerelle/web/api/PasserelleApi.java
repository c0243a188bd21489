package be.passerelle.web.api;

import be.passerelle.client.ApiClient;
import be.passerelle.web.config.WebSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The API as the web client reaches it: one generated {@link ApiClient} (HTTP only, the API's base URL)
 * and, per call, the signed-in user's access token (refreshed when expired) and language as headers.
 */
@Component
public final class PasserelleApi {
    public static final String REGISTRATION = "keycloak";

    private final ApiClient client;
    private final OAuth2AuthorizedClientManager authorizedClients;

    PasserelleApi(WebSettings settings, OAuth2AuthorizedClientManager authorizedClients) {
        this.client = new ApiClient();
        this.client.updateBaseUri(settings.apiUrl().toString());
        this.client.setConnectTimeout(Duration.ofSeconds(5));
        this.client.setReadTimeout(Duration.ofSeconds(30));
        this.authorizedClients = authorizedClients;
    }

    public ApiClient client() {
        return client;
    }

    /** The headers of a call made for the current user. */
    public Map<String, String> asCurrentUser() {
        return Map.of(
                "Authorization",
                "Bearer " + accessToken(),
                "Accept-Language",
                LocaleContextHolder.getLocale().toLanguageTag());
    }

    private String accessToken() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest servletRequest = request.getRequest();
        HttpServletResponse servletResponse = request.getResponse();
        OAuth2AuthorizedClient authorized =
                authorizedClients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION)
                        .principal(user)
                        .attribute(HttpServletRequest.class.getName(), servletRequest)
                        .attribute(HttpServletResponse.class.getName(), servletResponse)
                        .build());
        if (authorized == null) {
            throw new SignInRequired();
        }
        return authorized.getAccessToken().getTokenValue();
    }

    /** The user's tokens are gone (refresh refused): they sign in again. */
    public static final class SignInRequired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SignInRequired() {
            super("the signed-in user has no usable token");
        }
    }
}
