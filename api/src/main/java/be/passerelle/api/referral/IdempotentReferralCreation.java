package be.passerelle.api.referral;

import be.passerelle.core.idempotency.IdempotentRequests;
import be.passerelle.core.idempotency.StoredResponse;
import be.passerelle.core.referral.CreateReferral;
import be.passerelle.core.shared.CallContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /referrals} with an {@code Idempotency-Key}: the request hash is the SHA-256 of the
 * body's canonical JSON (properties and map entries sorted, no insignificant whitespace), so the
 * same content in another layout is the same request; the first response is kept (encrypted) and
 * replayed with {@code Idempotent-Replayed: true}.
 */
@Component
class IdempotentReferralCreation {
    static final String OPERATION = "referral.create";
    static final String REPLAYED = "Idempotent-Replayed";

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final IdempotentRequests requests;
    private final CreateReferral createReferral;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentReferralCreation(
            IdempotentRequests requests, CreateReferral createReferral, JsonMapper json, Clock clock) {
        this.requests = requests;
        this.createReferral = createReferral;
        this.json = json;
        this.clock = clock;
    }

    ResponseEntity<ReferralResponse> create(CallContext context, String key, CreateReferralBody body) {
        byte[] hash = sha256(CANONICAL.writeValueAsBytes(body));
        IdempotentRequests.Outcome outcome = requests.run(context.caller().tenantId(), key, OPERATION, hash, keep -> {
            StoredResponse[] first = new StoredResponse[1];
            createReferral.create(context, body.toRequest(), created -> {
                ReferralResponse response = ReferralResponse.of(
                        created.referral(),
                        clock.instant(),
                        created.accessCode().formatted());
                first[0] = new StoredResponse(
                        HttpStatus.CREATED.value(), json.writeValueAsBytes(response), Optional.of(response.id()));
                keep.accept(first[0]);
            });
            return first[0];
        });
        ReferralResponse response = json.readValue(outcome.response().body(), ReferralResponse.class);
        ResponseEntity<ReferralResponse> created = ReferralController.created(response);
        if (!outcome.replayed()) {
            return created;
        }
        return ResponseEntity.status(outcome.response().status())
                .headers(created.getHeaders())
                .header(REPLAYED, "true")
                .body(response);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
