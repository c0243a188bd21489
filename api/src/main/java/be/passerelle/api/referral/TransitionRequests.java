package be.passerelle.api.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of the referral transitions that take one (see {@link ReferralTransitionController}). */
final class TransitionRequests {
    private TransitionRequests() {}

    /**
     * @param reason why the receiver declines (shown to the sender)
     * @param suggestedReceiver the slug of an institution that may be competent
     * @param reasonCode why, as a code the sender's notification may name: {@code NOT_COMPETENT},
     *     {@code INADMISSIBLE}, {@code ALREADY_HANDLED} or {@code OTHER} (the default)
     */
    record DeclineRequest(
            @NotBlank @Size(max = 2000) String reason,

            @Size(max = 63) @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
            String suggestedReceiver,

            @Schema(allowableValues = {"NOT_COMPETENT", "INADMISSIBLE", "ALREADY_HANDLED", "OTHER"})
            @Pattern(
                    regexp = "NOT_COMPETENT|INADMISSIBLE|ALREADY_HANDLED|OTHER",
                    message = "must be NOT_COMPETENT, INADMISSIBLE, ALREADY_HANDLED or OTHER")
            String reasonCode) {

        /** The reason may name the citizen: none of it in logs. */
        @Override
        public String toString() {
            return "DeclineRequest[suggestedReceiver=" + suggestedReceiver + ", reasonCode=" + reasonCode
                    + ", reason: personal data]";
        }
    }

    /** @param outcome {@code RESOLVED}, {@code PARTLY_RESOLVED}, {@code UNRESOLVED} or {@code NOT_ADMISSIBLE} */
    record CloseRequest(
            @NotNull
            @Pattern(
                    regexp = "RESOLVED|PARTLY_RESOLVED|UNRESOLVED|NOT_ADMISSIBLE",
                    message = "must be RESOLVED, PARTLY_RESOLVED, UNRESOLVED or NOT_ADMISSIBLE")
            String outcome) {}

    /**
     * @param receiver the slug of the institution to pass the case on to
     * @param note for the new receiver
     * @param consent the citizen's consent to this new transfer; without it no citizen data travels
     */
    record ForwardRequest(
            @NotBlank @Size(max = 63) @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
            String receiver,

            @Size(max = 2000) String note,
            @Valid CreateReferralRequest.ConsentRequest consent) {

        /** The note may name the citizen: none of it in logs. */
        @Override
        public String toString() {
            return "ForwardRequest[receiver=" + receiver + ", consent=" + consent + ", note: personal data]";
        }
    }

    /** @param reason why the sender withdraws (shown to the receiver) */
    record WithdrawRequest(@NotBlank @Size(max = 2000) String reason) {

        /** The reason may name the citizen: none of it in logs. */
        @Override
        public String toString() {
            return "WithdrawRequest[reason: personal data]";
        }
    }
}
