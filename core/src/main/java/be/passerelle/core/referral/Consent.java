package be.passerelle.core.referral;

import java.time.Instant;
import java.util.Objects;

/**
 * The citizen's consent to the transfer of the case (SPEC §4.3): whether it was given, when, through
 * which channel (e.g. {@code phone}, {@code email}, {@code form}) and to which version of the
 * consent text.
 */
public record Consent(boolean given, Instant obtainedAt, String channel, String textVersion) {
    public Consent {
        Objects.requireNonNull(obtainedAt, "obtainedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(textVersion, "textVersion");
    }
}
