package be.passerelle.core.referral;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * An attachment ready to be downloaded by one of the two parties: its metadata, and its content
 * as a writer that decrypts and writes one segment at a time (never the whole file in memory).
 */
public record AttachmentDownload(Attachment attachment, Content content) {
    public AttachmentDownload {
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(content, "content");
    }

    /** Writes the decrypted content; fails (and the download with it) when a segment is missing or altered. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
