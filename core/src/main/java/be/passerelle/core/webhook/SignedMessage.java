package be.passerelle.core.webhook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The headers of one webhook request, Standard Webhooks style: {@code webhook-id}, {@code
 * webhook-timestamp} (seconds) and {@code webhook-signature}, one {@code v1,…} signature per
 * signing secret, space-separated (the current secret's first). Events and pings are signed here
 * alike.
 */
public final class SignedMessage {
    private SignedMessage() {}

    public static Map<String, String> headers(
            WebhookSigner signer, SigningSecrets secrets, String messageId, Instant sentAt, byte[] body) {
        long timestamp = sentAt.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("webhook-id", messageId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put(
                "webhook-signature",
                secrets.signingAt(sentAt).stream()
                        .map(secret -> signer.sign(secret, messageId, timestamp, body))
                        .collect(Collectors.joining(" ")));
        return headers;
    }
}
