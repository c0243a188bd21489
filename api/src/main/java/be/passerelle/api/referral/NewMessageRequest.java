package be.passerelle.api.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param body the message text */
record NewMessageRequest(@NotBlank @Size(max = 10_000) String body) {

    /** Messages are about the citizen: none of it in logs. */
    @Override
    public String toString() {
        return "NewMessageRequest[body: personal data]";
    }
}
