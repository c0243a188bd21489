package be.passerelle.core.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * Sends one signed message over HTTP, within the egress policy, following no redirect; never
 * throws for a failed delivery but reports it in the attempt.
 */
public interface WebhookSender {
    DeliveryAttempt send(URI url, Map<String, String> headers, byte[] body, Instant attemptedAt);
}
