package be.passerelle.api.referral;

import be.passerelle.core.referral.Citizen;
import be.passerelle.core.referral.CloseOutcome;
import be.passerelle.core.referral.Referral;
import be.passerelle.core.shared.Language;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * One referral as its sender or receiver sees it, citizen data included.
 *
 * @param id the referral's id
 * @param reference the public reference, also given to the citizen
 * @param state {@code SENT}, {@code ACKNOWLEDGED}, {@code ACCEPTED}, {@code CLOSED}, {@code DECLINED},
 *     {@code FORWARDED} or {@code WITHDRAWN}
 * @param version increases with every change; the {@code ETag}
 * @param sender the sending institution's slug
 * @param receiver the receiving institution's slug
 * @param dueAt when the receiver must have acknowledged it (end of the Nth working day, Brussels time)
 * @param overdue still unacknowledged after {@code dueAt}
 * @param citizenRegion the region of the citizen's postal code (non-personal, for statistics)
 * @param citizen the citizen; absent when erased or never transferred
 * @param summary the case summary; absent when erased or never transferred
 * @param outcome how the receiver closed it
 * @param forwardedTo the chained referral, when this one was forwarded
 * @param forward the chained referral's holder and state
 * @param assignment who works on it inside the caller's own institution (never the other party's)
 * @param accessCode the citizen's access code: only in the response that created the referral, never again
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ReferralResponse(
        UUID id,
        String reference,
        String state,
        int version,
        String sender,
        String receiver,
        String subject,
        String sector,
        String language,
        boolean priorContactMade,
        @Schema(nullable = true) String externalReference,
        Instant dueAt,
        boolean overdue,
        @Schema(nullable = true) String citizenRegion,
        @Schema(nullable = true) String citizenLanguage,
        @Schema(nullable = true) CitizenResponse citizen,
        @Schema(nullable = true) String summary,
        @Schema(nullable = true) ConsentResponse consent,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant acknowledgedAt,
        @Schema(nullable = true) Instant acceptedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(nullable = true) String outcome,
        @Schema(nullable = true) UUID forwardedFrom,
        @Schema(nullable = true) UUID forwardedTo,
        @Schema(nullable = true) ForwardedTo forward,
        @Schema(nullable = true) AssignmentResponse assignment,

        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = true)
        String accessCode) {

    /** The citizen, decrypted for the two institutions. */
    record CitizenResponse(
            String firstName,
            String lastName,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) String phone,
            @Schema(nullable = true) String postalCode,
            String preferredLanguage) {
        static CitizenResponse of(Citizen c) {
            return new CitizenResponse(
                    c.firstName(),
                    c.lastName(),
                    c.email().orElse(null),
                    c.phone().orElse(null),
                    c.postalCode().map(Object::toString).orElse(null),
                    c.preferredLanguage().code());
        }
    }

    /**
     * The chained referral of a forwarded one: who holds the case now and its state, not its content.
     *
     * @param id the chained referral (readable only by its own parties)
     * @param receiver the institution that holds the case now
     * @param state its state
     */
    record ForwardedTo(UUID id, String receiver, String state) {}

    /** The consent the transfer rests on. */
    record ConsentResponse(Instant obtainedAt, String channel, String textVersion) {}

    static ReferralResponse of(Referral r, Instant now) {
        return of(r, now, null);
    }

    static ReferralResponse of(Referral r, Instant now, String accessCode) {
        return new ReferralResponse(
                r.id(),
                r.reference().value(),
                r.state().name(),
                r.version(),
                r.sender().slug().value(),
                r.receiver().slug().value(),
                r.facts().subject(),
                r.facts().sector(),
                r.facts().language().code(),
                r.facts().priorContactMade(),
                r.facts().externalReference().orElse(null),
                r.dueAt(),
                r.isOverdue(now),
                r.facts().citizenRegion().orElse(null),
                r.facts().citizenLanguage().map(Language::code).orElse(null),
                r.facts()
                        .personalData()
                        .map(p -> CitizenResponse.of(p.citizen()))
                        .orElse(null),
                r.facts().personalData().map(p -> p.summary()).orElse(null),
                r.facts()
                        .consent()
                        .map(c -> new ConsentResponse(c.obtainedAt(), c.channel(), c.textVersion()))
                        .orElse(null),
                r.createdAt(),
                r.updatedAt(),
                r.progress().acknowledgedAt().orElse(null),
                r.progress().acceptedAt().orElse(null),
                r.progress().finishedAt().orElse(null),
                r.progress().outcome().map(CloseOutcome::name).orElse(null),
                r.forwardedFrom().orElse(null),
                r.forwardedTo().orElse(null),
                r.forward()
                        .map(f -> new ForwardedTo(
                                f.id(), f.receiver().value(), f.state().name()))
                        .orElse(null),
                r.assignment().map(AssignmentResponse::of).orElse(null),
                accessCode);
    }
}
