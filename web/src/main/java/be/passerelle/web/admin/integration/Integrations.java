package be.passerelle.web.admin.integration;

import be.passerelle.client.ApiException;
import be.passerelle.client.api.TenantsApi;
import be.passerelle.client.api.WebhooksApi;
import be.passerelle.client.model.ApiClientResponse;
import be.passerelle.client.model.AttemptResponse;
import be.passerelle.client.model.CreateApiClientBody;
import be.passerelle.client.model.DeliveryResponse;
import be.passerelle.client.model.NewApiClientResponse;
import be.passerelle.client.model.PageResponseDeliveryResponse;
import be.passerelle.client.model.RegisteredWebhookResponse;
import be.passerelle.client.model.RotatedApiClientSecret;
import be.passerelle.client.model.RotatedWebhookSecretResponse;
import be.passerelle.client.model.WebhookPingResponse;
import be.passerelle.client.model.WebhookRequest;
import be.passerelle.client.model.WebhookResponse;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.Cursors;
import be.passerelle.web.api.FormRefused;
import be.passerelle.web.api.PasserelleApi;
import be.passerelle.web.layout.Access;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The API's integration operations as the admin pages use them (the institution's API clients and
 * webhooks): the only place that knows the generated client's types for them, mapped here into the pages'
 * own records. The API decides who may do what; a secret it answers goes straight into a {@link
 * SecretShown}, never into a log.
 */
@Component
class Integrations {
    /** The scopes an API client may have, as the API documents them. */
    static final List<String> SCOPES = List.of(ApiClientResponse.ScopesEnum.values()).stream()
            .map(ApiClientResponse.ScopesEnum::getValue)
            .toList();

    /** The event types a tenant's webhook may receive, as the API documents them. */
    static final List<String> EVENTS = List.of(WebhookRequest.EventsEnum.values()).stream()
            .map(WebhookRequest.EventsEnum::getValue)
            .toList();

    private final PasserelleApi api;
    private final Access tenant;
    private final TenantsApi tenants;
    private final WebhooksApi webhooks;
    private final int pageSize;

    Integrations(PasserelleApi api, Access tenant, @Value("${passerelle.web.page-size:20}") int pageSize) {
        this.api = api;
        this.tenant = tenant;
        this.pageSize = pageSize;
        this.tenants = new TenantsApi(api.client());
        this.webhooks = new WebhooksApi(api.client());
    }

    List<Client> clients() {
        try {
            return tenants.listApiClients(tenant.tenantAdminSlug(), api.asCurrentUser()).stream()
                    .map(c -> new Client(c.getClientId(), c.getName(), scopes(c.getScopes())))
                    .sorted(Comparator.comparing(Client::name, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    /** The client's name as the list shows it; a client that is not the institution's is a 404 page. */
    Client client(String clientId) {
        return clients().stream()
                .filter(c -> c.clientId().equals(clientId))
                .findFirst()
                .orElseThrow(() -> ApiProblem.of(new ApiException(404, "no such API client")));
    }

    SecretShown createClient(String name, List<String> scopes) {
        CreateApiClientBody body = new CreateApiClientBody().name(name == null ? "" : name.strip());
        scopes.forEach(scope -> body.addScopesItem(CreateApiClientBody.ScopesEnum.fromValue(scope)));
        try {
            NewApiClientResponse created = tenants.createApiClient(tenant.tenantAdminSlug(), body, api.asCurrentUser());
            return SecretShown.newClient(
                    created.getName(), created.getClientId(), created.getClientSecret(), created.getTokenEndpoint());
        } catch (ApiException e) {
            throw FormRefused.of(e, api.client().getObjectMapper());
        }
    }

    SecretShown rotateClient(String clientId) {
        String name = client(clientId).name();
        try {
            RotatedApiClientSecret rotated =
                    tenants.rotateApiClientSecret(tenant.tenantAdminSlug(), clientId, api.asCurrentUser());
            return SecretShown.rotatedClient(
                    name,
                    rotated.getClientId(),
                    rotated.getClientSecret(),
                    rotated.getTokenEndpoint(),
                    rotated.getPreviousSecretExpiresAt());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    void revokeClient(String clientId) {
        try {
            tenants.revokeApiClient(tenant.tenantAdminSlug(), clientId, api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    List<Webhook> webhooks() {
        try {
            return webhooks.listWebhooks(api.asCurrentUser()).getItems().stream()
                    .map(Integrations::webhook)
                    .toList();
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    Webhook webhook(UUID id) {
        try {
            return webhook(webhooks.getWebhook(id, api.asCurrentUser()));
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    SecretShown register(String url, List<String> events) {
        WebhookRequest request = new WebhookRequest().url(url == null ? "" : url.strip());
        events.forEach(event -> request.addEventsItem(WebhookRequest.EventsEnum.fromValue(event)));
        try {
            RegisteredWebhookResponse registered = webhooks.registerWebhook(request, api.asCurrentUser());
            return SecretShown.newWebhook(registered.getUrl(), registered.getId(), registered.getSecret());
        } catch (ApiException e) {
            throw FormRefused.of(e, api.client().getObjectMapper());
        }
    }

    Ping ping(UUID id) {
        try {
            WebhookPingResponse ping = webhooks.pingWebhook(id, api.asCurrentUser());
            return new Ping(
                    Boolean.TRUE.equals(ping.getAccepted()),
                    ping.getStatusCode(),
                    ping.getError(),
                    ping.getDurationMs() == null ? 0 : ping.getDurationMs());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    void enable(UUID id) {
        try {
            webhooks.enableWebhook(id, api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    void delete(UUID id) {
        try {
            webhooks.deleteWebhook(id, api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    SecretShown rotateWebhook(UUID id) {
        String url = webhook(id).url();
        try {
            RotatedWebhookSecretResponse rotated = webhooks.rotateWebhookSecret(id, api.asCurrentUser());
            return SecretShown.rotatedWebhook(
                    url, rotated.getId(), rotated.getSecret(), rotated.getPreviousSecretExpiresAt());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    Deliveries deliveries(UUID id, String cursor) {
        try {
            PageResponseDeliveryResponse page =
                    webhooks.listWebhookDeliveries(id, pageSize, blankToNull(cursor), api.asCurrentUser());
            return new Deliveries(
                    page.getItems().stream().map(Integrations::delivery).toList(), Cursors.cursorOf(page.getNext()));
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    void redeliver(UUID id, UUID deliveryId) {
        try {
            webhooks.redeliverWebhookDelivery(id, deliveryId, api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    private static Webhook webhook(WebhookResponse hook) {
        return new Webhook(
                hook.getId(),
                hook.getUrl(),
                hook.getEvents().stream()
                        .map(WebhookResponse.EventsEnum::getValue)
                        .toList(),
                Boolean.TRUE.equals(hook.getEnabled()),
                hook.getCreatedAt(),
                hook.getFailingSince(),
                hook.getDisabledAt());
    }

    private static Delivery delivery(DeliveryResponse delivery) {
        List<AttemptResponse> attempts = delivery.getAttempts() == null ? List.of() : delivery.getAttempts();
        AttemptResponse last = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
        return new Delivery(
                delivery.getId(),
                String.valueOf(delivery.getEventType()),
                String.valueOf(delivery.getStatus()),
                delivery.getCreatedAt(),
                delivery.getDeliveredAt(),
                delivery.getNextAttemptAt(),
                attempts.size(),
                last == null ? null : last.getStatusCode(),
                last == null ? null : last.getError());
    }

    private static List<String> scopes(List<ApiClientResponse.ScopesEnum> scopes) {
        return scopes == null
                ? List.of()
                : scopes.stream().map(ApiClientResponse.ScopesEnum::getValue).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** An API client of the institution (never its secret). */
    record Client(String clientId, String name, List<String> scopes) {}

    /** A webhook of the institution (never its secret). */
    record Webhook(
            UUID id,
            String url,
            List<String> events,
            boolean enabled,
            OffsetDateTime createdAt,
            OffsetDateTime failingSince,
            OffsetDateTime disabledAt) {}

    /**
     * What a ping did.
     *
     * @param accepted the endpoint answered 2xx
     * @param statusCode its status, {@code null} when no answer came
     * @param error why no answer came (the API's words), else {@code null}
     */
    record Ping(boolean accepted, Integer statusCode, String error, long durationMs) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A delivery of an event to a webhook, with its last attempt's outcome. */
    record Delivery(
            UUID id,
            String eventType,
            String status,
            OffsetDateTime createdAt,
            OffsetDateTime deliveredAt,
            OffsetDateTime nextAttemptAt,
            int attempts,
            Integer lastStatusCode,
            String lastError) {
        public boolean delivered() {
            return "DELIVERED".equals(status);
        }
    }

    record Deliveries(List<Delivery> items, String nextCursor) {}
}
