package be.passerelle.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditEvent;
import be.passerelle.core.audit.AuditQuery;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Caller;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.testing.DirectUnitOfWork;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Registration under the production egress policy, with a resolver the test controls. */
class ManageWebhooksTest {
    private final TenantId tenant = new TenantId(UUID.randomUUID());
    private final List<WebhookEndpoint> stored = new ArrayList<>();
    private final List<AuditEntry> audited = new ArrayList<>();
    private final Map<UUID, SigningSecrets> secrets = new HashMap<>();
    private final ManageWebhooks webhooks = new ManageWebhooks(
            new DirectUnitOfWork(),
            new Endpoints(),
            EgressPolicy.STRICT,
            host -> switch (host) {
                case "hooks.example.be" -> List.of(address("193.191.208.10"));
                case "rebound.example.be" -> List.of(address("193.191.208.10"), address("10.0.0.7"));
                case "internal.example.be" -> List.of(address("192.168.1.20"));
                case "127.0.0.1" -> List.of(address("127.0.0.1"));
                default -> List.of();
            },
            new Trail(),
            Duration.ofHours(24),
            Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC),
            new Random(9));

    @Test
    void a_public_https_endpoint_is_registered_with_a_fresh_secret_and_audited() {
        RegisteredWebhook registered =
                webhooks.register(admin(), "https://hooks.example.be/passerelle", List.of("referral.received"));

        assertThat(registered.secret().value()).startsWith("whsec_");
        assertThat(registered.endpoint().owner()).contains(tenant);
        assertThat(registered.endpoint().events()).containsExactly(WebhookEventType.REFERRAL_RECEIVED);
        assertThat(stored).hasSize(1);
        assertThat(audited).extracting(AuditEntry::action).containsExactly("webhook.created");
        assertThat(registered.toString()).doesNotContain(registered.secret().value());
    }

    @Test
    void hosts_resolving_to_private_or_loopback_addresses_are_refused() {
        for (String url : List.of(
                "https://internal.example.be/hook",
                "https://rebound.example.be/hook",
                "https://127.0.0.1/hook",
                "https://unknown.example.be/hook")) {
            assertThatThrownBy(() -> webhooks.register(admin(), url, List.of("referral.received")))
                    .as(url)
                    .isInstanceOfSatisfying(
                            BusinessRuleViolation.class,
                            refused -> assertThat(refused.field()).contains("url"));
        }
        assertThatThrownBy(
                        () -> webhooks.register(admin(), "http://hooks.example.be/hook", List.of("referral.received")))
                .isInstanceOf(InvalidInput.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void only_admins_register_and_network_webhooks_take_network_events_only() {
        assertThatThrownBy(() -> webhooks.register(
                        caller(Set.of(Role.CASEWORKER)), "https://hooks.example.be/", List.of("referral.received")))
                .isInstanceOf(AccessDenied.class);
        CallContext network =
                new CallContext(new Caller("na", "network-admin", Set.of(Role.NETWORK_ADMIN), Optional.empty()), "r");
        assertThatThrownBy(() -> webhooks.register(network, "https://hooks.example.be/", List.of("referral.received")))
                .isInstanceOf(BusinessRuleViolation.class);

        RegisteredWebhook site = webhooks.register(
                network, "https://hooks.example.be/", List.of("directory.updated", "statistics.published"));

        assertThat(site.endpoint().owner()).isEmpty();
        assertThatThrownBy(() -> webhooks.register(admin(), "https://hooks.example.be/", List.of("nope")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("nope");
    }

    @Test
    void an_owner_has_at_most_ten_webhooks() {
        for (int i = 0; i < ManageWebhooks.MAX_ENDPOINTS; i++) {
            webhooks.register(admin(), "https://hooks.example.be/" + i, List.of("referral.received"));
        }
        assertThatThrownBy(() -> webhooks.register(admin(), "https://hooks.example.be/x", List.of("referral.received")))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void a_rotated_secret_is_new_and_the_old_one_signs_alongside_for_the_grace_period_then_stops() {
        RegisteredWebhook registered =
                webhooks.register(admin(), "https://hooks.example.be/passerelle", List.of("referral.received"));
        UUID id = registered.endpoint().id();
        Instant now = Instant.parse("2026-11-27T10:00:00Z");

        RotatedSecret rotated = webhooks.rotateSecret(admin(), id);

        assertThat(rotated.secret().value())
                .startsWith("whsec_")
                .isNotEqualTo(registered.secret().value());
        assertThat(rotated.previousSecretExpiresAt()).isEqualTo(now.plus(Duration.ofHours(24)));
        SigningSecrets signing = secrets.get(id);
        assertThat(signing.signingAt(now.plus(Duration.ofHours(23))))
                .containsExactly(rotated.secret(), registered.secret());
        assertThat(signing.signingAt(now.plus(Duration.ofHours(24)))).containsExactly(rotated.secret());
        assertThat(audited).extracting(AuditEntry::action).containsExactly("webhook.created", "webhook.secret_rotated");

        RotatedSecret again = webhooks.rotateSecret(admin(), id);
        assertThat(secrets.get(id).signingAt(now)).containsExactly(again.secret(), rotated.secret());
    }

    @Test
    void only_the_owners_admin_rotates_a_secret() {
        UUID id = webhooks.register(admin(), "https://hooks.example.be/", List.of("referral.received"))
                .endpoint()
                .id();
        assertThatThrownBy(() -> webhooks.rotateSecret(caller(Set.of(Role.CASEWORKER)), id))
                .isInstanceOf(AccessDenied.class);
        CallContext network =
                new CallContext(new Caller("na", "network-admin", Set.of(Role.NETWORK_ADMIN), Optional.empty()), "r");
        assertThatThrownBy(() -> webhooks.rotateSecret(network, id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> webhooks.rotateSecret(admin(), UUID.randomUUID()))
                .isInstanceOf(NotFound.class);
        assertThat(secrets.get(id).previous()).isEmpty();
    }

    private CallContext admin() {
        return caller(Set.of(Role.TENANT_ADMIN));
    }

    private CallContext caller(Set<Role> roles) {
        Tenant own = new Tenant(
                tenant,
                new TenantSlug("energy-ombudsman"),
                TenantKind.SECTORAL,
                new LocalizedText(Map.of(Language.FR, "Energie")),
                List.of(Language.FR),
                TenantStatus.ACTIVE,
                true,
                5);
        return new CallContext(new Caller("u", "nrj-admin", roles, Optional.of(own)), "r");
    }

    private static InetAddress address(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private final class Endpoints implements WebhookEndpoints {
        @Override
        public void add(WebhookEndpoint endpoint, WebhookSecret secret, String createdBy) {
            stored.add(endpoint);
            secrets.put(endpoint.id(), SigningSecrets.only(secret));
        }

        @Override
        public Optional<SigningSecrets> signingSecrets(Optional<TenantId> owner, UUID id) {
            return find(owner, id).map(e -> secrets.get(e.id()));
        }

        @Override
        public boolean rotateSecret(Optional<TenantId> owner, UUID id, WebhookSecret next, Instant previousUntil) {
            Optional<SigningSecrets> current = signingSecrets(owner, id);
            current.ifPresent(s ->
                    secrets.put(id, new SigningSecrets(next, Optional.of(s.current()), Optional.of(previousUntil))));
            return current.isPresent();
        }

        @Override
        public int count(Optional<TenantId> owner) {
            return (int) stored.stream().filter(e -> e.owner().equals(owner)).count();
        }

        @Override
        public List<WebhookEndpoint> list(Optional<TenantId> owner) {
            return stored.stream().filter(e -> e.owner().equals(owner)).toList();
        }

        @Override
        public Optional<WebhookEndpoint> find(Optional<TenantId> owner, UUID id) {
            return list(owner).stream().filter(e -> e.id().equals(id)).findFirst();
        }

        @Override
        public boolean delete(Optional<TenantId> owner, UUID id) {
            return stored.removeIf(e -> e.owner().equals(owner) && e.id().equals(id));
        }

        @Override
        public void enable(Optional<TenantId> owner, UUID id, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<WebhookDelivery> deliveries(Optional<TenantId> owner, UUID endpointId, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<WebhookDelivery> redeliver(
                Optional<TenantId> owner, UUID endpointId, UUID deliveryId, Instant now) {
            throw new UnsupportedOperationException();
        }
    }

    private final class Trail implements AuditTrail {
        @Override
        public void append(AuditEntry entry) {
            audited.add(entry);
        }

        @Override
        public Page<AuditEvent> ofTenant(TenantId tenant, AuditQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<AuditEvent> ofNetwork(AuditQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }
}
