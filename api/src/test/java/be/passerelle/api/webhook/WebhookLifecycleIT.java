package be.passerelle.api.webhook;

import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ReferralFixtures;
import be.passerelle.core.webhook.DispatchWebhooks;
import be.passerelle.core.webhook.WebhookEventType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What an integrator meets while setting up and running an endpoint: the webhooks of the document
 * (delivered bodies valid against it), the test ping, and the rotation of the signing secret with
 * both signatures during the grace period. Real tokens, the real database, a real HTTP receiver on
 * loopback, the dispatcher driven by the test with a clock it controls.
 */
class WebhookLifecycleIT extends WebhookIntegrationTest {
    private final WebhookConformance document = WebhookConformance.committed();

    @Test
    void every_event_type_and_the_ping_are_documented_webhooks_with_the_standard_headers_and_the_event_schema() {
        Set<String> expected = Arrays.stream(WebhookEventType.values())
                .map(WebhookEventType::wireName)
                .collect(Collectors.toCollection(TreeSet::new));
        expected.add("webhook.ping");
        assertThat(new TreeSet<>(document.documentedTypes())).isEqualTo(expected);
        for (String type : expected) {
            // by reference to components.pathItems: inline, openapi-generator 7 turns the webhooks into client
            // methods whose TypeScript does not compile (contract-check.sh)
            assertThat(document.entry(type).path("$ref").asString()).as(type).startsWith("#/components/pathItems/");
            JsonNode post = document.operation(type);
            assertThat(post.isMissingNode()).as(type).isFalse();
            List<String> headers = new ArrayList<>();
            post.path("parameters").forEach(p -> {
                assertThat(p.path("in").asString()).isEqualTo("header");
                assertThat(p.path("required").asBoolean()).isTrue();
                headers.add(p.path("name").asString());
            });
            assertThat(headers).as(type).containsExactly("webhook-id", "webhook-timestamp", "webhook-signature");
            assertThat(post.at("/requestBody/content/application~1json/schema/$ref")
                            .asString())
                    .isEqualTo("#/components/schemas/WebhookEvent");
        }
        List<String> types = new ArrayList<>();
        document.schema("WebhookEvent")
                .path("properties")
                .path("type")
                .path("enum")
                .forEach(t -> types.add(t.asString()));
        assertThat(new TreeSet<>(types)).isEqualTo(expected);
    }

    @Test
    void delivered_bodies_are_valid_against_the_documented_webhook_and_have_exactly_its_fields() throws Exception {
        WebhookReceiver receiver = receiver();
        register("nrj-admin", receiver, "referral.received", "referral.state_changed", "referral.message_posted");
        String referral = refer(aReferral().from(WAL).to(NRJ));
        String agent = tokenOf("nrj-agent");
        assertThat(send("POST", "/api/v1/referrals/" + referral + "/acknowledge", agent, null, null)
                        .status())
                .isEqualTo(200);
        assertThat(send(
                                "POST",
                                "/api/v1/referrals/" + referral + "/messages",
                                agent,
                                "application/json",
                                ReferralFixtures.aMessage())
                        .status())
                .isEqualTo(201);
        dispatcher().runOnce();

        List<String> types = new ArrayList<>();
        for (WebhookReceiver.Received got : receiver.received()) {
            JsonNode event = JSON.readTree(got.body());
            types.add(event.path("type").asString());
            assertThat(document.violations(headers(got), got.body()))
                    .as(got.body())
                    .isEmpty();
            assertThat(new TreeSet<>(event.propertyNames()))
                    .isEqualTo(new TreeSet<>(
                            document.schema("WebhookEvent").path("properties").propertyNames()));
            assertThat(new TreeSet<>(event.path("data").propertyNames()))
                    .isEqualTo(new TreeSet<>(document.schema("WebhookEventData")
                            .path("properties")
                            .propertyNames()));
        }
        assertThat(types).containsExactly("referral.received", "referral.state_changed", "referral.message_posted");
        // the check can fail: a body the document does not describe
        assertThat(document.violations(
                        headers(receiver.received().get(0)), "{\"type\":\"referral.received\",\"data\":{}}"))
                .isNotEmpty();
    }

    @Test
    void a_ping_is_signed_sent_at_once_and_answers_how_the_endpoint_took_it() throws Exception {
        WebhookReceiver receiver = receiver();
        JsonNode hook = register("nrj-admin", receiver, "referral.received");
        String id = hook.path("id").asString();
        String secret = hook.path("secret").asString();

        Response ping = send("POST", "/api/v1/webhooks/" + id + "/ping", tokenOf("nrj-admin"), null, null);

        assertThat(ping.status()).as(ping.body()).isEqualTo(200);
        JsonNode result = ping.json();
        assertThat(result.path("accepted").asBoolean()).isTrue();
        assertThat(result.path("statusCode").asInt()).isEqualTo(200);
        assertThat(result.path("error").isNull()).isTrue();
        assertThat(receiver.received()).hasSize(1);
        WebhookReceiver.Received got = receiver.received().get(0);
        assertThat(got.signature()).isEqualTo(signature(secret, got));
        assertThat(JSON.readTree(got.body())).isEqualTo(result.path("event"));
        assertThat(result.at("/event/type").asString()).isEqualTo("webhook.ping");
        assertThat(result.at("/event/data/id").asString()).isEqualTo(got.id());
        assertThat(result.at("/event/data/resourceType").asString()).isEqualTo("webhook");
        assertThat(result.at("/event/data/resourceId").asString()).isEqualTo(id);
        assertThat(result.at("/event/data/tenant").asString()).isEqualTo("energy-ombudsman");
        assertThat(document.violations(headers(got), got.body())).isEmpty();
        assertThat(get("/api/v1/webhooks/" + id + "/deliveries", tokenOf("nrj-admin"))
                        .json()
                        .path("items"))
                .as("a ping is not a delivery")
                .isEmpty();

        receiver.answering(503);
        JsonNode refused = send("POST", "/api/v1/webhooks/" + id + "/ping", tokenOf("nrj-admin"), null, null)
                .json();
        assertThat(refused.path("accepted").asBoolean()).isFalse();
        assertThat(refused.path("statusCode").asInt()).isEqualTo(503);

        receiver.down();
        JsonNode unanswered = send("POST", "/api/v1/webhooks/" + id + "/ping", tokenOf("nrj-admin"), null, null)
                .json();
        assertThat(unanswered.path("accepted").asBoolean()).isFalse();
        assertThat(unanswered.path("statusCode").isNull()).isTrue();
        assertThat(unanswered.path("error").asString()).isNotBlank();
        assertThat(get("/api/v1/webhooks/" + id, tokenOf("nrj-admin"))
                        .json()
                        .path("failingSince")
                        .isNull())
                .as("a ping changes nothing of the webhook's state")
                .isTrue();
        assertThat(get(
                                "/api/v1/audit-events?action=webhook.pinged&targetType=webhook&targetId=" + id,
                                tokenOf("nrj-admin"))
                        .json()
                        .path("items"))
                .hasSize(3);
    }

    @Test
    void after_a_rotation_messages_carry_both_signatures_until_the_grace_period_ends_then_only_the_new_one()
            throws Exception {
        WebhookReceiver receiver = receiver();
        JsonNode hook = register("nrj-admin", receiver, "referral.received");
        String id = hook.path("id").asString();
        String old = hook.path("secret").asString();
        DispatchWebhooks dispatcher = dispatcher();
        refer(aReferral().from(WAL).to(NRJ));
        assertThat(dispatcher.runOnce()).isEqualTo(1);
        assertThat(receiver.received().get(0).signature())
                .isEqualTo(signature(old, receiver.received().get(0)));

        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Response rotation = send("POST", "/api/v1/webhooks/" + id + "/secret", tokenOf("nrj-admin"), null, null);

        assertThat(rotation.status()).as(rotation.body()).isEqualTo(200);
        assertThat(rotation.header("Cache-Control")).isEqualTo("no-store");
        String fresh = rotation.json().path("secret").asString();
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
        Instant expires =
                Instant.parse(rotation.json().path("previousSecretExpiresAt").asString());
        assertThat(expires)
                .isBetween(before.plus(Duration.ofHours(24)), Instant.now().plus(Duration.ofHours(24)));

        refer(aReferral().from(WAL).to(NRJ));
        assertThat(dispatcher.runOnce()).isEqualTo(1);
        WebhookReceiver.Received during = receiver.received().get(1);
        String[] both = during.signature().split(" ");
        assertThat(both).containsExactly(signature(fresh, during), signature(old, during));
        WebhookReceiver.Received pinged = pingAndReceive(receiver, id);
        assertThat(pinged.signature()).isEqualTo(signature(fresh, pinged) + " " + signature(old, pinged));

        clock.advance(Duration.between(clock.instant(), expires));
        refer(aReferral().from(WAL).to(NRJ));
        assertThat(dispatcher.runOnce()).isEqualTo(1);
        WebhookReceiver.Received after = receiver.received().get(3);
        assertThat(after.signature()).isEqualTo(signature(fresh, after));

        assertThat(get(
                                "/api/v1/audit-events?action=webhook.secret_rotated&targetType=webhook&targetId=" + id,
                                tokenOf("nrj-admin"))
                        .json()
                        .path("items"))
                .hasSize(1);
    }

    @Test
    void only_the_owners_admin_pings_or_rotates() throws Exception {
        String id = register("nrj-admin", receiver(), "referral.received")
                .path("id")
                .asString();
        for (String action : List.of("/ping", "/secret")) {
            assertThat(send("POST", "/api/v1/webhooks/" + id + action, tokenOf("vla-admin"), null, null)
                            .status())
                    .as("another tenant's admin " + action)
                    .isEqualTo(404);
            assertThat(send("POST", "/api/v1/webhooks/" + id + action, tokenOf("network-admin"), null, null)
                            .status())
                    .as("the network admin " + action)
                    .isEqualTo(404);
            assertThat(send("POST", "/api/v1/webhooks/" + id + action, tokenOf("nrj-agent"), null, null)
                            .status())
                    .as("a caseworker " + action)
                    .isEqualTo(403);
            assertThat(send("POST", "/api/v1/webhooks/" + id + action, null, null, null)
                            .status())
                    .isEqualTo(401);
        }
        assertThat(receivers.get(0).received()).as("nothing was sent").isEmpty();
    }

    private WebhookReceiver.Received pingAndReceive(WebhookReceiver receiver, String id) {
        int seen = receiver.received().size();
        Response ping = send("POST", "/api/v1/webhooks/" + id + "/ping", tokenOf("nrj-admin"), null, null);
        assertThat(ping.json().path("accepted").asBoolean()).as(ping.body()).isTrue();
        return receiver.received().get(seen);
    }

    private static Map<String, String> headers(WebhookReceiver.Received got) {
        return Map.of(
                "webhook-id", got.id(), "webhook-timestamp", got.timestamp(), "webhook-signature", got.signature());
    }
}
