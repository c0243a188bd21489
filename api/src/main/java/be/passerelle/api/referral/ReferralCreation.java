package be.passerelle.api.referral;

import be.passerelle.core.idempotency.IdempotentRequests;
import be.passerelle.core.idempotency.StoredResponse;
import be.passerelle.core.referral.CreateReferral;
import be.passerelle.core.referral.CreatedReferral;
import be.passerelle.core.shared.CallContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /referrals}, answered the same way with or without an {@code Idempotency-Key}. With one: the request hash is the SHA-256 of the
 * body's canonical JSON (properties and map entries sorted, no insignificant whitespace), so the
 * same content in another layout is the same request; the first response is kept (encrypted) and
 * replayed with {@code Idempotent-Replayed: true}.
 */
@Component
class ReferralCreation {
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

    ReferralCreation(IdempotentRequests requests, CreateReferral createReferral, JsonMapper json, Clock clock) {
        this.requests = requests;
        this.createReferral = createReferral;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Without a key, the created referral; with one, the first response (kept, encrypted, in the unit
     * of work that creates the referral) or the replay of it. All rendered by {@link
     * ReferralResponseEntities#created}.
     */
    ResponseEntity<ReferralResponse> create(CallContext context, String key, CreateReferralRequest body) {
        if (key == null) {
            return ReferralResponseEntities.created(
                    HttpStatus.CREATED.value(),
                    response(createReferral.create(context, body.toRequest()), clock.instant()),
                    false);
        }
        byte[] hash = sha256(CANONICAL.writeValueAsBytes(body));
        Instant now = clock.instant();
        return requests.run(
                        context.caller().tenantId(),
                        key,
                        OPERATION,
                        hash,
                        keep -> response(
                                createReferral.create(
                                        context, body.toRequest(), created -> keep.accept(stored(created, now))),
                                now))
                .fold(
                        first -> ReferralResponseEntities.created(HttpStatus.CREATED.value(), first, false),
                        replay -> ReferralResponseEntities.created(
                                replay.status(), json.readValue(replay.body(), ReferralResponse.class), true));
    }

    private StoredResponse stored(CreatedReferral created, Instant now) {
        ReferralResponse response = response(created, now);
        return new StoredResponse(
                HttpStatus.CREATED.value(), json.writeValueAsBytes(response), Optional.of(response.id()));
    }

    private static ReferralResponse response(CreatedReferral created, Instant now) {
        return ReferralResponse.of(created.referral(), now, created.accessCode().formatted());
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
