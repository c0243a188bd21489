package be.passerelle.core.webhook;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The body of a webhook in the Standard Webhooks shape: {@code type}, {@code timestamp} and a thin
 * {@code data} object (event id, causing tenant, resource type, id, state and absolute link).
 */
public final class WebhookPayload {
    private WebhookPayload() {}

    public static byte[] render(OutgoingMessage m, String baseUrl) {
        StringBuilder json = new StringBuilder(256)
                .append("{\"type\":")
                .append(quote(m.type()))
                .append(",\"timestamp\":")
                .append(quote(m.occurredAt().truncatedTo(ChronoUnit.MILLIS).toString()))
                .append(",\"data\":{\"id\":")
                .append(quote(m.eventId().toString()))
                .append(",\"tenant\":")
                .append(quoteOrNull(m.tenant()))
                .append(",\"resourceType\":")
                .append(quote(m.resourceType()))
                .append(",\"resourceId\":")
                .append(quote(m.resourceId()))
                .append(",\"state\":")
                .append(quoteOrNull(m.state()))
                .append(",\"link\":")
                .append(quote(absolute(baseUrl, m.link())))
                .append("}}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The link as sent: absolute, under {@code baseUrl} when the event's link is a path. */
    public static String absolute(String baseUrl, String link) {
        if (link.startsWith("http://") || link.startsWith("https://")) {
            return link;
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (link.startsWith("/") ? link : "/" + link);
    }

    private static String quoteOrNull(Optional<String> value) {
        return value.map(WebhookPayload::quote).orElse("null");
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
