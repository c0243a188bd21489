package be.passerelle.api.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A subscription.
 *
 * @param url where events are posted (https to a public address in production)
 * @param events referral.received, referral.state_changed, referral.message_posted,
 *     referral.receiver_suspended, directory.updated, statistics.published (the last two only for a
 *     network administrator's webhook)
 */
record WebhookRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 60) String> events) {}
