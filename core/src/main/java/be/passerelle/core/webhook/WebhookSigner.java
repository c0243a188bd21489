package be.passerelle.core.webhook;

/**
 * Signs a message the Standard Webhooks way: {@code v1,} + base64 of HMAC-SHA256 over {@code
 * id.timestamp.body}, keyed with the secret's key.
 */
public interface WebhookSigner {
    String sign(WebhookSecret secret, String messageId, long timestampSeconds, byte[] body);
}
