package be.passerelle.infra.webhook;

import be.passerelle.core.directory.InvalidFields;
import be.passerelle.core.webhook.DeliveryAttempt;
import be.passerelle.core.webhook.EgressPolicy;
import be.passerelle.core.webhook.WebhookSender;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Posts webhooks with short timeouts, no redirects, no cookies, no retries of its own (the
 * dispatcher's schedule retries), and the egress policy applied to the addresses actually
 * connected to. The response body is not read: the status decides.
 */
public final class HttpWebhookSender implements WebhookSender, AutoCloseable {
    private static final int MAX_ERROR = 200;

    private final EgressPolicy policy;
    private final CloseableHttpClient client;

    public HttpWebhookSender(EgressPolicy policy, Duration connectTimeout, Duration readTimeout) {
        this.policy = policy;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new EgressDnsResolver(policy))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(readTimeout))
                                .build())
                        .setMaxConnTotal(50)
                        .setMaxConnPerRoute(2)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(readTimeout))
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("Passerelle-Webhooks/1")
                .build();
    }

    @Override
    public DeliveryAttempt send(URI url, Map<String, String> headers, byte[] body, Instant attemptedAt) {
        long start = System.nanoTime();
        try {
            policy.parse(url.toString());
        } catch (RuntimeException e) {
            return failure(attemptedAt, start, "egress policy: " + reason(e));
        }
        HttpPost post = new HttpPost(url);
        headers.forEach(post::setHeader);
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        try (ClassicHttpResponse response = client.executeOpen(null, post, null)) {
            return new DeliveryAttempt(
                    attemptedAt, elapsed(start), OptionalInt.of(response.getCode()), Optional.empty());
        } catch (IOException e) {
            return failure(attemptedAt, start, describe(e));
        }
    }

    private static DeliveryAttempt failure(Instant attemptedAt, long start, String error) {
        String text = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        return new DeliveryAttempt(attemptedAt, elapsed(start), OptionalInt.empty(), Optional.of(text));
    }

    /** The policy's reason: a refused URL names its field ({@code url: webhooks are sent over https only}). */
    private static String reason(RuntimeException e) {
        if (e instanceof InvalidFields fields) {
            return fields.problems().stream()
                    .map(p -> p.field() + ": " + p.message())
                    .collect(Collectors.joining("; "));
        }
        return e.getMessage();
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String describe(IOException e) {
        if (e instanceof EgressDnsResolver.EgressRefused) {
            return e.getMessage();
        }
        if (e instanceof ConnectTimeoutException) {
            return "connect timeout";
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return "read timeout";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host";
        }
        if (e instanceof SSLException) {
            return "TLS: " + String.valueOf(e.getMessage());
        }
        return e.getClass().getSimpleName().toLowerCase(Locale.ROOT) + ": " + e.getMessage();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
