package be.passerelle.api.webhook;

import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.webhook.DispatchWebhooks;
import be.passerelle.infra.testing.PersonalDataMarkers;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks end to end: real tokens, the real database, the outbox dispatcher driven by the test
 * with a clock it controls, and a real HTTP receiver on loopback.
 */
class WebhookDeliveryIT extends WebhookIntegrationTest {

    @Test
    void the_receiver_gets_a_signed_thin_event_when_a_case_is_referred_to_its_institution() throws Exception {
        WebhookReceiver receiver = receiver();
        JsonNode hook = register("nrj-admin", receiver, "referral.received");
        String secret = hook.path("secret").asString();
        assertThat(secret).startsWith("whsec_");

        String referral = refer(aReferral().from(WAL).to(NRJ));
        assertThat(dispatcher().runOnce()).isEqualTo(1);

        assertThat(receiver.received()).hasSize(1);
        WebhookReceiver.Received got = receiver.received().get(0);
        assertThat(got.signature()).isEqualTo(signature(secret, got));
        JsonNode event = JSON.readTree(got.body());
        assertThat(event.path("type").asString()).isEqualTo("referral.received");
        assertThat(event.path("data").path("id").asString()).isEqualTo(got.id());
        assertThat(event.path("data").path("resourceId").asString()).isEqualTo(referral);
        assertThat(event.path("data").path("state").asString()).isEqualTo("SENT");
        assertThat(event.path("data").path("tenant").asString()).isEqualTo("mediateur-wallonie-fwb");
        assertThat(event.path("data").path("link").asString()).endsWith("/api/v1/referrals/" + referral);
        assertThat(got.body()).doesNotContainIgnoringCase(PersonalDataMarkers.MARKER);
        assertThat(Long.parseLong(got.timestamp())).isEqualTo(clock.instant().getEpochSecond());

        JsonNode deliveries = get(
                        "/api/v1/webhooks/" + hook.path("id").asString() + "/deliveries", tokenOf("nrj-admin"))
                .json();
        JsonNode delivery = deliveries.path("items").get(0);
        assertThat(delivery.path("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivery.path("eventId").asString()).isEqualTo(got.id());
        assertThat(delivery.path("attempts").get(0).path("statusCode").asInt()).isEqualTo(200);
        assertThat(deliveries.toString()).doesNotContain("Peeters", "betwist");
    }

    @Test
    void a_failing_receiver_gets_the_event_on_a_later_retry_and_later_events_wait_their_turn() throws Exception {
        WebhookReceiver receiver = receiver().answering(500, 503);
        JsonNode hook = register("nrj-admin", receiver, "referral.received");
        String first = refer(aReferral().from(WAL).to(NRJ));
        String second = refer(aReferral().from(WAL).to(NRJ));
        DispatchWebhooks dispatcher = dispatcher();

        assertThat(dispatcher.runOnce()).isZero();
        assertThat(dispatcher.runOnce()).as("not due again before its backoff").isZero();
        assertThat(receiver.received()).hasSize(1);
        clock.advance(Duration.ofSeconds(10));
        assertThat(dispatcher.runOnce()).isZero();
        assertThat(receiver.received()).hasSize(2);
        clock.advance(Duration.ofSeconds(20));
        assertThat(dispatcher.runOnce()).isEqualTo(2);

        List<String> order = receiver.received().stream()
                .map(r ->
                        JSON.readTree(r.body()).path("data").path("resourceId").asString())
                .toList();
        assertThat(order).containsExactly(first, first, first, second);
        assertThat(receiver.received().get(0).id())
                .isEqualTo(receiver.received().get(2).id());

        JsonNode deliveries = get(
                        "/api/v1/webhooks/" + hook.path("id").asString() + "/deliveries", tokenOf("nrj-admin"))
                .json()
                .path("items");
        JsonNode firstDelivery = deliveries.get(1);
        assertThat(firstDelivery.path("status").asString()).isEqualTo("DELIVERED");
        List<Integer> statuses = new ArrayList<>();
        firstDelivery
                .path("attempts")
                .forEach(a -> statuses.add(a.path("statusCode").asInt()));
        assertThat(statuses).containsExactly(500, 503, 200);
    }

    @Test
    void an_endpoint_failing_for_three_days_is_disabled_keeps_queueing_and_resumes_in_order() throws Exception {
        WebhookReceiver receiver = receiver().failing();
        JsonNode hook = register("nrj-admin", receiver, "referral.received");
        String path = "/api/v1/webhooks/" + hook.path("id").asString();
        String first = refer(aReferral().from(WAL).to(NRJ));
        DispatchWebhooks dispatcher = dispatcher();
        for (int i = 0; i < 12; i++) {
            dispatcher.runOnce();
            clock.advance(Duration.ofHours(8));
        }
        // One attempt every 8 hours from the first failure; the one at 72 hours disables it.
        assertThat(receiver.received()).hasSize(10);
        String admin = tokenOf("nrj-admin");
        JsonNode disabled = get(path, admin).json();
        assertThat(disabled.path("enabled").asBoolean()).isFalse();
        assertThat(disabled.path("disabledAt").isNull()).isFalse();
        assertThat(get("/api/v1/audit-events?action=webhook.disabled", admin).body())
                .contains(hook.path("id").asString());

        String second = refer(aReferral().from(WAL).to(NRJ));
        clock.advance(Duration.ofDays(1));
        dispatcher.runOnce();
        assertThat(receiver.received()).as("a disabled endpoint gets nothing").hasSize(10);

        receiver.recovered();
        Response enabled = send("POST", path + "/enable", admin, null, null);
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        assertThat(enabled.json().path("enabled").asBoolean()).isTrue();
        assertThat(dispatcher.runOnce()).isEqualTo(2);
        List<String> resumed = receiver.received().subList(10, 12).stream()
                .map(r ->
                        JSON.readTree(r.body()).path("data").path("resourceId").asString())
                .toList();
        assertThat(resumed).containsExactly(first, second);
    }

    @Test
    void events_recorded_while_the_receiver_is_down_for_hours_all_arrive_once_it_is_back_in_creation_order()
            throws Exception {
        WebhookReceiver unreachable = receiver();
        WebhookReceiver healthy = receiver();
        JsonNode hook = register("nrj-admin", unreachable, "referral.received", "referral.state_changed");
        register("nrj-admin", healthy, "referral.received", "referral.state_changed");
        DispatchWebhooks dispatcher = dispatcher();
        unreachable.down();

        // Twelve hours of the test clock with the receiver refusing connections; events keep coming.
        List<String> recorded = new ArrayList<>();
        String previous = null;
        for (int hour = 0; hour < 12; hour++) {
            String referral = refer(aReferral().from(WAL).to(NRJ));
            recorded.add("referral.received " + referral);
            if (hour % 3 == 2) {
                Response acknowledged = send(
                        "POST", "/api/v1/referrals/" + previous + "/acknowledge", tokenOf("nrj-agent"), null, null);
                assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
                recorded.add("referral.state_changed " + previous);
            }
            previous = referral;
            dispatcher.runOnce();
            clock.advance(Duration.ofHours(1));
        }
        assertThat(unreachable.received()).isEmpty();
        assertThat(events(healthy.received()))
                .as("another endpoint is not held up")
                .isEqualTo(recorded);
        JsonNode waiting = get(
                        "/api/v1/webhooks/" + hook.path("id").asString() + "/deliveries?limit=100",
                        tokenOf("nrj-admin"))
                .json()
                .path("items");
        List<Integer> attempts = new ArrayList<>();
        waiting.forEach(d -> attempts.add(d.path("attempts").size()));
        // Newest first: only the oldest event was tried (every few hours), the later ones wait behind it.
        assertThat(attempts).hasSize(recorded.size());
        assertThat(attempts.get(attempts.size() - 1)).isGreaterThan(3);
        assertThat(attempts.subList(0, attempts.size() - 1)).containsOnly(0);

        // Back, at first answering 503 twice; no real waiting, only the test clock moves.
        unreachable.answering(503, 503).up();
        for (int hour = 0; hour < 48 && distinct(unreachable.received()).size() < recorded.size(); hour++) {
            clock.advance(Duration.ofHours(1));
            dispatcher.runOnce();
        }

        List<WebhookReceiver.Received> got = unreachable.received();
        assertThat(got).hasSize(recorded.size() + 2);
        assertThat(events(distinct(got)))
                .as("every event, once each, in creation order")
                .isEqualTo(recorded);
        assertThat(distinct(got).stream().map(WebhookReceiver.Received::id).toList())
                .isEqualTo(healthy.received().stream()
                        .map(WebhookReceiver.Received::id)
                        .toList());
        assertThat(got.subList(0, 3))
                .as("the redeliveries of one event carry its webhook-id")
                .extracting(WebhookReceiver.Received::id)
                .containsOnly(got.get(0).id());
        JsonNode delivered = get(
                        "/api/v1/webhooks/" + hook.path("id").asString() + "/deliveries?limit=100",
                        tokenOf("nrj-admin"))
                .json()
                .path("items");
        List<String> states = new ArrayList<>();
        delivered.forEach(d -> states.add(d.path("status").asString()));
        assertThat(states).hasSize(recorded.size()).containsOnly("DELIVERED");
    }

    /** The requests with consecutive repeats (retries of one event) folded into one. */
    private static List<WebhookReceiver.Received> distinct(List<WebhookReceiver.Received> received) {
        List<WebhookReceiver.Received> distinct = new ArrayList<>();
        for (WebhookReceiver.Received r : received) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).id().equals(r.id())) {
                distinct.add(r);
            }
        }
        return distinct;
    }

    /** Each request as "type resourceId". */
    private static List<String> events(List<WebhookReceiver.Received> received) {
        return received.stream()
                .map(r -> JSON.readTree(r.body()))
                .map(e -> e.path("type").asString() + " "
                        + e.path("data").path("resourceId").asString())
                .toList();
    }

    @Test
    void two_dispatchers_at_once_deliver_each_event_once() throws Exception {
        List<WebhookReceiver> targets = List.of(receiver(), receiver(), receiver());
        for (WebhookReceiver target : targets) {
            register("nrj-admin", target, "referral.received");
        }
        for (int i = 0; i < 8; i++) {
            refer(aReferral().from(WAL).to(NRJ));
        }
        DispatchWebhooks one = dispatcher();
        DispatchWebhooks two = dispatcher();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(() -> {
                start.await();
                return one.runOnce();
            });
            Future<Integer> b = pool.submit(() -> {
                start.await();
                return two.runOnce();
            });
            start.countDown();
            assertThat(a.get() + b.get()).isEqualTo(24);
        } finally {
            pool.shutdownNow();
        }
        for (WebhookReceiver target : targets) {
            Map<String, Long> perEvent = target.received().stream()
                    .collect(Collectors.groupingBy(WebhookReceiver.Received::id, Collectors.counting()));
            assertThat(perEvent).hasSize(8);
            assertThat(perEvent.values()).containsOnly(1L);
        }
    }

    @Test
    void a_tenant_never_receives_nor_sees_another_tenants_events_and_webhooks() throws Exception {
        WebhookReceiver energy = receiver();
        WebhookReceiver flemish = receiver();
        JsonNode energyHook = register("nrj-admin", energy, "referral.received", "referral.state_changed");
        register("vla-admin", flemish, "referral.received", "referral.state_changed");

        String referral = refer(aReferral().from(WAL).to(NRJ));
        send("POST", "/api/v1/referrals/" + referral + "/acknowledge", tokenOf("nrj-agent"), null, null);
        dispatcher().runOnce();

        assertThat(energy.received()).hasSize(2);
        assertThat(flemish.received()).isEmpty();
        String path = "/api/v1/webhooks/" + energyHook.path("id").asString();
        assertThat(get(path, tokenOf("vla-admin")).status()).isEqualTo(404);
        assertThat(get(path + "/deliveries", tokenOf("vla-admin")).status()).isEqualTo(404);
        assertThat(send("DELETE", path, tokenOf("vla-admin"), null, null).status())
                .isEqualTo(404);
        assertThat(get(path, tokenOf("network-admin")).status()).isEqualTo(404);
        assertThat(get("/api/v1/webhooks", tokenOf("vla-admin")).body())
                .doesNotContain(energyHook.path("id").asString());
        assertThat(get(path, tokenOf("nrj-agent")).status()).isEqualTo(403);
    }

    @Test
    void network_webhooks_take_directory_and_statistics_events_only() throws Exception {
        WebhookReceiver website = receiver();
        Response refused = registerResponse("network-admin", website, "referral.received");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        register("network-admin", website, "directory.updated");

        String token = tokenOf("nrj-admin");
        Response entry = get("/api/v1/directory/institutions/energy-ombudsman", token);
        Response updated = send(request("/api/v1/directory/institutions/energy-ombudsman", token)
                .header("Content-Type", "application/json")
                .header("If-Match", entry.header("ETag"))
                .PUT(HttpRequest.BodyPublishers.ofString(
                        entry.json().path("entry").toString()))
                .build());
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        dispatcher().runOnce();

        assertThat(website.received()).hasSize(1);
        JsonNode event = JSON.readTree(website.received().get(0).body());
        assertThat(event.path("type").asString()).isEqualTo("directory.updated");
        assertThat(event.path("data").path("resourceId").asString()).isEqualTo("energy-ombudsman");
    }

    @Test
    void registration_checks_the_caller_the_url_and_the_event_types() throws Exception {
        WebhookReceiver receiver = receiver();
        assertThat(registerResponse("nrj-agent", receiver, "referral.received").status())
                .isEqualTo(403);
        Response unknown = registerResponse("nrj-admin", receiver, "referral.exploded");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("referral.exploded");
        Response ftp = send(
                "POST",
                "/api/v1/webhooks",
                tokenOf("nrj-admin"),
                "application/json",
                "{\"url\":\"ftp://example.org/hook\",\"events\":[\"referral.received\"]}");
        assertThat(ftp.status()).isEqualTo(400);
        assertThat(ftp.json().path("errors").get(0).path("field").asString())
                .as("the refusal names the url field, so that a form shows it there")
                .isEqualTo("url");
        assertThat(ftp.json().path("errors").get(0).path("message").asString()).isEqualTo("http or https only");
        Response extra = send(
                "POST",
                "/api/v1/webhooks",
                tokenOf("nrj-admin"),
                "application/json",
                "{\"url\":\"" + receiver.url() + "\",\"events\":[\"referral.received\"],\"secret\":\"mine\"}");
        assertThat(extra.status()).isEqualTo(400);
        assertThat(get("/api/v1/webhooks", tokenOf("nrj-admin"))
                        .json()
                        .path("items")
                        .size())
                .isZero();
    }

    @Test
    void a_delivered_event_can_be_sent_again_with_the_same_webhook_id() throws Exception {
        WebhookReceiver receiver = receiver();
        JsonNode hook = register("nrj-admin", receiver, "referral.received");
        refer(aReferral().from(WAL).to(NRJ));
        DispatchWebhooks dispatcher = dispatcher();
        dispatcher.runOnce();
        String path = "/api/v1/webhooks/" + hook.path("id").asString();
        String deliveryId = get(path + "/deliveries", tokenOf("nrj-admin"))
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();

        Response again =
                send("POST", path + "/deliveries/" + deliveryId + "/redeliver", tokenOf("nrj-admin"), null, null);
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        assertThat(again.json().path("status").asString()).isEqualTo("PENDING");
        clock.advance(Duration.ofMinutes(1)); // due from the API's now, which this test clock started before
        assertThat(dispatcher.runOnce()).isEqualTo(1);
        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(1).id())
                .isEqualTo(receiver.received().get(0).id());
        assertThat(send(
                                "POST",
                                path + "/deliveries/" + UUID.randomUUID() + "/redeliver",
                                tokenOf("nrj-admin"),
                                null,
                                null)
                        .status())
                .isEqualTo(404);
    }
}
