package be.passerelle.api.statistics;

import be.passerelle.api.web.Csv;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public statistics' representations: JSON or CSV by {@code Accept}, a strong {@code ETag} over
 * the bytes sent, {@code Cache-Control: public, max-age=60} ({@link ShortLivedResponses} answers
 * {@code If-None-Match}).
 */
final class Representations {
    static final MediaType CSV = MediaType.parseMediaType(Csv.MEDIA_TYPE);
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private Representations() {}

    /** True when the client prefers CSV to JSON (by quality, then by order). */
    static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double csv = 0;
        double json = 0;
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            double q = type.getQualityValue();
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                csv = Math.max(csv, q);
            } else if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                json = Math.max(json, q);
            }
        }
        return csv > json;
    }

    /**
     * The 200 response: the body in the wanted representation, encoded once (it is kept and sent many
     * times), its ETag and the caching headers.
     */
    static <T> ResponseEntity<byte[]> of(JsonMapper json, T body, Supplier<String> csv, boolean wantsCsv) {
        byte[] bytes = wantsCsv ? csv.get().getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(body);
        return ResponseEntity.ok()
                .eTag(tag(bytes))
                .cacheControl(CACHE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .contentType(wantsCsv ? CSV : MediaType.APPLICATION_JSON)
                .body(bytes);
    }

    private static String tag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
