package be.passerelle.web.citizen;

import be.passerelle.client.ApiException;
import be.passerelle.client.api.CitizenApi;
import be.passerelle.client.model.StatusRequest;
import be.passerelle.client.model.StatusResponse;
import be.passerelle.web.api.PasserelleApi;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The API's citizen status check ({@code POST /api/v1/public/referral-status}) as the public page uses it:
 * an anonymous call (no token), the reference and code in the body only. The API limits it per client
 * address; it sees this web node's, unless {@code passerelle.web.forward-client-address} is on: then the
 * citizen's address (as this node determined it, believing only its own trusted proxies) goes along in
 * {@code X-Forwarded-For}, which the API believes only from a node listed in its trusted proxies.
 */
@Component
class ReferralStatuses {
    private static final Duration DEFAULT_WAIT = Duration.ofMinutes(1);

    private final CitizenApi citizen;
    private final boolean forwardClientAddress;

    ReferralStatuses(
            PasserelleApi api, @Value("${passerelle.web.forward-client-address:false}") boolean forwardClientAddress) {
        this.citizen = new CitizenApi(api.client());
        this.forwardClientAddress = forwardClientAddress;
    }

    /** What the API answered for this reference and code, asked for a citizen at this address. */
    Outcome check(String reference, String code, String citizenAddress, Locale locale) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept-Language", locale.toLanguageTag());
        if (forwardClientAddress && citizenAddress != null) {
            headers.put("X-Forwarded-For", citizenAddress);
        }
        try {
            StatusResponse status = citizen.checkReferralStatus(
                    new StatusRequest().reference(reference).code(code), headers);
            return new Found(
                    status.getReference(),
                    String.valueOf(status.getState()),
                    status.getInstitutionName(),
                    status.getUpdatedAt());
        } catch (ApiException e) {
            return switch (e.getCode()) {
                // a wrong reference, a wrong code and a malformed one: the same neutral answer, as the API's
                case 400, 404 -> new NotFound();
                case 429 -> new TooManyAttempts(retryAfter(e));
                default -> new Unavailable();
            };
        }
    }

    private static Duration retryAfter(ApiException e) {
        if (e.getResponseHeaders() == null) {
            return DEFAULT_WAIT;
        }
        return e.getResponseHeaders()
                .firstValue("Retry-After")
                .map(String::trim)
                .filter(value -> value.matches("\\d{1,9}"))
                .map(value -> Duration.ofSeconds(Math.max(1, Long.parseLong(value))))
                .orElse(DEFAULT_WAIT);
    }

    /** The API's answer, as the page tells it. */
    sealed interface Outcome permits Found, NotFound, TooManyAttempts, Unavailable {}

    /** The case: its reference, state, the institution that holds it now and when its state changed. */
    record Found(String reference, String state, String institutionName, OffsetDateTime updatedAt) implements Outcome {}

    /** No case with this reference and code (whichever is wrong). */
    record NotFound() implements Outcome {}

    /** The API's rate limit: try again after this long. */
    record TooManyAttempts(Duration retryAfter) implements Outcome {}

    /** The API did not answer usefully. */
    record Unavailable() implements Outcome {}
}
