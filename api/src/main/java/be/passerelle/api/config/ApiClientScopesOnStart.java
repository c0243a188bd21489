package be.passerelle.api.config;

import be.passerelle.core.tenant.SyncApiClientScopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * At start-up, migrates the API clients registered before the integration scopes were OAuth scopes
 * ({@link SyncApiClientScopes}; {@code passerelle.api-clients.sync-scopes-on-start}, on by default).
 * Idempotent. An unreachable identity provider does not stop the start: the next start retries.
 */
@Component
@ConditionalOnProperty(
        name = "passerelle.api-clients.sync-scopes-on-start",
        havingValue = "true",
        matchIfMissing = true)
class ApiClientScopesOnStart implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(ApiClientScopesOnStart.class);

    private final SyncApiClientScopes syncApiClientScopes;

    ApiClientScopesOnStart(SyncApiClientScopes syncApiClientScopes) {
        this.syncApiClientScopes = syncApiClientScopes;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            log.info("API client scopes in the identity provider: {} clients up to date", syncApiClientScopes.run());
        } catch (RuntimeException e) {
            log.warn(
                    "API client scopes not synchronized with the identity provider, retried at the next start: {}",
                    e.getMessage());
        }
    }
}
