package be.passerelle.api.security;

import be.passerelle.api.ratelimit.RateLimitFilter;
import be.passerelle.api.ratelimit.RateLimitProperties;
import be.passerelle.api.web.ProblemWriter;
import be.passerelle.api.web.Problems;
import be.passerelle.core.ratelimit.SharedRateLimiter;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.core.tenant.IdentifyCaller;
import be.passerelle.core.tenant.ManageTenantRateLimits;
import be.passerelle.infra.keycloak.KeycloakClaims;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stateless OAuth2 resource server for Keycloak tokens. Every response of the security layer is
 * a problem (401 with {@code WWW-Authenticate}, 403).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    private static final String[] PUBLIC = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/prometheus",
        "/actuator/info",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/error"
    };
    /** Anonymous reads of the shared directory and taxonomies (SPEC §4.2) and the statistics (§4.4), GET only. */
    private static final String[] PUBLIC_READS = {
        "/api/v1/directory/institutions",
        "/api/v1/directory/institutions/*",
        "/api/v1/directory/institutions/*/history",
        "/api/v1/taxonomy/*",
        "/api/v1/statistics/institutions/*",
        "/api/v1/statistics/network",
        "/api/v1/statistics/referral-flows"
    };
    /** The anonymous competence finder, POST only. */
    private static final String PUBLIC_FINDER = "/api/v1/directory/match";

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            JwtDecoder jwtDecoder,
            IdentifyCaller identifyCaller,
            ProblemWriter problems,
            SecurityProperties properties,
            SharedRateLimiter limiter,
            ManageTenantRateLimits tenantLimits,
            RateLimitProperties rateLimits)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            problems.write(
                    ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                            .body(Problems.of(HttpStatus.UNAUTHORIZED, "a valid bearer token is required", request)),
                    request,
                    response);
        };
        // The key set could not be fetched (Keycloak unreachable, nothing cached): not the caller's fault.
        AuthenticationFailureHandler failed = (request, response, e) -> {
            if (e instanceof AuthenticationServiceException) {
                problems.write(new Unavailable("the token cannot be verified now"), request, response);
            } else {
                unauthenticated.commence(request, response, e);
            }
        };
        AccessDeniedHandler denied = (request, response, e) ->
                problems.write(new AccessDenied("the caller's roles do not allow this"), request, response);
        http.csrf(csrf -> csrf.disable())
                .cors(c -> c.disable())
                .addFilter(corsFilter(properties, problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_READS)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_FINDER)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/public/referral-status")
                        .permitAll()
                        // following the link mailed to a new intake address (issue #19)
                        .requestMatchers(HttpMethod.POST, "/api/v1/notification-address-confirmations")
                        .permitAll()
                        // the former form, answered 410 (for one release)
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/referral-status")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(oauth -> oauth.jwt(
                                jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(failed);
                                return filter;
                            }
                        }))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .addFilterAfter(new CallerFilter(identifyCaller, problems), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new IntegrationScopeFilter(problems), CallerFilter.class)
                .addFilterAfter(
                        new RateLimitFilter(limiter, tenantLimits, rateLimits, problems), IntegrationScopeFilter.class);
        return http.build();
    }

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        return KeycloakJwtDecoder.create(properties);
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    /** CORS as configured below; a refused origin gets a 403 problem. */
    private static CorsFilter corsFilter(SecurityProperties properties, ProblemWriter problems) {
        CorsFilter filter = new CorsFilter(cors(properties));
        filter.setCorsProcessor(new ProblemCorsProcessor(problems));
        return filter;
    }

    /** Browser origins from configuration; no credentials (bearer tokens are sent explicitly). */
    private static CorsConfigurationSource cors(SecurityProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Request-Id"));
        cors.setExposedHeaders(
                List.of("ETag", "Location", "Retry-After", "X-Request-Id", "RateLimit", "RateLimit-Policy"));
        cors.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }

    private static JwtAuthenticationConverter authenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> KeycloakClaims.realmRoles(jwt.getClaims()).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList());
        return converter;
    }
}
