package be.passerelle.web.security;

import be.passerelle.web.config.WebSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Staff sign in through Keycloak (authorization code with PKCE, as the confidential client {@code
 * passerelle-web-bff}); their tokens stay in the server-side session. Logout is a {@code POST} that also
 * ends the Keycloak session; Keycloak's back-channel logout ends the web sessions of the user it names.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {
    static final String REGISTRATION = "keycloak";
    static final String BACK_CHANNEL_LOGOUT = "/logout/connect/back-channel/" + REGISTRATION;

    @Bean
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            WebSettings settings,
            Clock clock,
            FindByIndexNameSessionRepository<? extends Session> sessions)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        // PKCE (S256) for this confidential client too, as the realm requires.
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

        OidcClientInitiatedLogoutSuccessHandler endKeycloakSession =
                new OidcClientInitiatedLogoutSuccessHandler(registrations);
        endKeycloakSession.setPostLogoutRedirectUri(
                settings.publicUrl().resolve("/signed-out").toString());

        SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    org.springframework.security.core.Authentication authentication)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                AbsoluteSessionTimeout.signedIn(request.getSession(), clock);
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        signedIn.setDefaultTargetUrl("/received");

        KeepNoOidcSessions noOidcSessions = new KeepNoOidcSessions();
        String keycloakOrigin = origin(URI.create(registrations
                .findByRegistrationId(REGISTRATION)
                .getProviderDetails()
                .getAuthorizationUri()));
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/css/**",
                                "/js/**",
                                "/webjars/**",
                                "/signed-out",
                                "/error",
                                "/favicon.ico",
                                // the citizen's public status page and the language switch of every page
                                "/status",
                                "/language",
                                // where the link mailed to a new intake address lands (issue #19)
                                "/notification-address/confirm")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2Login(login -> login.authorizationEndpoint(
                                endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .successHandler(signedIn)
                        .oidcSessionRegistry(noOidcSessions))
                .oauth2Client(client -> {})
                .logout(logout -> logout.logoutSuccessHandler(endKeycloakSession))
                .oidcLogout(oidc -> oidc.oidcSessionRegistry(noOidcSessions)
                        .backChannel(backChannel -> backChannel.logoutHandler(new BackChannelSessionLogout(sessions))))
                .csrf(csrf -> csrf.ignoringRequestMatchers(BACK_CHANNEL_LOGOUT))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                                + "script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
                                + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                                // the logout form's answer redirects to Keycloak's end-session page
                                + "form-action 'self' " + keycloakOrigin))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny()));
        return http.build();
    }

    /** The signed-in user's tokens live in the (shared, sealed) session, not in a node's memory. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Hands out the user's access token, refreshed with the refresh token when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    @Bean
    FilterRegistrationBean<AbsoluteSessionTimeout> absoluteSessionTimeout(WebSettings settings, Clock clock) {
        FilterRegistrationBean<AbsoluteSessionTimeout> registration = new FilterRegistrationBean<>(
                new AbsoluteSessionTimeout(settings.session().absoluteTimeout(), clock));
        // after Spring Session's filter (its sessions), before Spring Security's (which then sees none)
        registration.setOrder(AbsoluteSessionTimeout.ORDER);
        return registration;
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
