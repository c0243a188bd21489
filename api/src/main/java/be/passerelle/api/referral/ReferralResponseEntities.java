package be.passerelle.api.referral;

import be.passerelle.api.web.ETags;
import be.passerelle.core.referral.Referral;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** How a referral is answered: its version as {@code ETag}, never cached. */
final class ReferralResponseEntities {
    private ReferralResponseEntities() {}

    /** The referral as it is now. */
    static ResponseEntity<ReferralResponse> current(Referral referral, Instant now) {
        return ResponseEntity.ok()
                .eTag(ETags.of(referral.version()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(ReferralResponse.of(referral, now));
    }

    /** A created referral, first response or idempotent replay ({@code Idempotent-Replayed: true}). */
    static ResponseEntity<ReferralResponse> created(int status, ReferralResponse response, boolean replayed) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status)
                .location(URI.create("/api/v1/referrals/" + response.id()))
                .eTag(ETags.of(response.version()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (replayed) {
            builder.header(ReferralCreation.REPLAYED, "true");
        }
        return builder.body(response);
    }
}
