package be.passerelle.core.referral;

import java.util.Objects;

/** An attachment with its decrypted content, for a download by one of the two parties. */
public record AttachmentContent(Attachment attachment, byte[] content) {
    public AttachmentContent {
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public String toString() {
        return "AttachmentContent[" + attachment.id() + ", content hidden]";
    }
}
