package be.passerelle.core.referral;

import java.util.Objects;

/**
 * An attachment whose content is still stored, the number of segments it is stored in and the
 * form they have (the store's business: it opens them, see {@link Attachments#opening}).
 *
 * @param segments at least one; segment {@code segments - 1} is the last
 */
public record StoredAttachment(Attachment attachment, int segments, Form form) {

    /** How the content is sealed. */
    public enum Form {
        /** One sealed stream cut into the segments (the current form). */
        STREAM,
        /** Each segment sealed on its own (before streams; the re-encryption job re-streams it). */
        SEALED_SEGMENTS,
        /** The whole content as one sealed value (before segments; likewise re-streamed). */
        WHOLE
    }

    public StoredAttachment {
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(form, "form");
        if (segments < 1) {
            throw new IllegalArgumentException("a stored attachment has at least one segment");
        }
    }
}
