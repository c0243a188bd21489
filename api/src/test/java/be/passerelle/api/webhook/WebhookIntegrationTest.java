package be.passerelle.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.testing.TestClock;
import be.passerelle.core.webhook.DispatchWebhooks;
import be.passerelle.core.webhook.RetrySchedule;
import be.passerelle.core.webhook.WebhookQueue;
import be.passerelle.core.webhook.WebhookSender;
import be.passerelle.core.webhook.WebhookSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The webhook tests' common ground: real receivers on local ports (closed after each test, with every
 * webhook the admins registered), a dispatcher on a test clock that the test drives, registration through
 * the API, and the Standard Webhooks signature computed independently of the production code.
 */
abstract class WebhookIntegrationTest extends ApiIntegrationTest {
    private static final List<String> ADMINS = List.of("nrj-admin", "vla-admin", "wal-admin", "network-admin");

    @Autowired
    private UnitOfWork unitOfWork;

    @Autowired
    private WebhookQueue queue;

    @Autowired
    private WebhookSender sender;

    @Autowired
    private WebhookSigner signer;

    @Autowired
    protected AuditTrail audit;

    protected final TestClock clock = new TestClock(Instant.now());
    protected final List<WebhookReceiver> receivers = new ArrayList<>();

    @AfterEach
    void removeWebhooks() {
        for (String admin : ADMINS) {
            String token = tokenOf(admin);
            for (JsonNode hook : get("/api/v1/webhooks", token).json().path("items")) {
                send("DELETE", "/api/v1/webhooks/" + hook.path("id").asString(), token, null, null);
            }
        }
        receivers.forEach(WebhookReceiver::close);
    }

    /** A dispatcher like the application's, on the test's clock. */
    protected DispatchWebhooks dispatcher() {
        return new DispatchWebhooks(
                unitOfWork,
                queue,
                sender,
                signer,
                audit,
                RetrySchedule.DEFAULT,
                "http://localhost:8080",
                clock,
                new Random(7));
    }

    /** A receiver listening on a local port, closed after the test. */
    protected WebhookReceiver receiver() throws IOException {
        WebhookReceiver receiver = new WebhookReceiver();
        receivers.add(receiver);
        return receiver;
    }

    /** Registers the receiver for these event types as this admin; the answer holds the secret. */
    protected JsonNode register(String admin, WebhookReceiver receiver, String... events) {
        Response response = registerResponse(admin, receiver, events);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    protected Response registerResponse(String admin, WebhookReceiver receiver, String... events) {
        String types = List.of(events).stream().map(e -> "\"" + e + "\"").collect(Collectors.joining(","));
        return send(
                "POST",
                "/api/v1/webhooks",
                tokenOf(admin),
                "application/json",
                "{\"url\":\"" + receiver.url() + "\",\"events\":[" + types + "]}");
    }

    /** Standard Webhooks, computed here independently of the production code. */
    protected static String signature(String secret, WebhookReceiver.Received got) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] signed =
                mac.doFinal((got.id() + "." + got.timestamp() + "." + got.body()).getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(signed);
    }
}
