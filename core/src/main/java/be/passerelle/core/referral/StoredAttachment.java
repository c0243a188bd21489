package be.passerelle.core.referral;

import java.util.Objects;

/**
 * An attachment whose content is still stored, and the number of segments it is stored in.
 *
 * @param segments at least one; segment {@code segments - 1} is the last
 */
public record StoredAttachment(Attachment attachment, int segments) {
    public StoredAttachment {
        Objects.requireNonNull(attachment, "attachment");
        if (segments < 1) {
            throw new IllegalArgumentException("a stored attachment has at least one segment");
        }
    }
}
