package be.passerelle.core.privacy;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * Encryption at rest of large values (attachments, SPEC §4.3) as they stream, in bounded memory:
 * authenticated in segments, bound to a {@code context} (e.g. {@code referral_attachments:<id>:content})
 * so that content copied to another attachment does not open, and a stream cut short does not open
 * either.
 */
public interface StreamSealer {

    /**
     * A stream that seals what is written to it into {@code sink}. Only {@link OutputStream#close()}
     * writes the last segment (and closes {@code sink}): a stream that is not closed does not open.
     */
    OutputStream sealing(OutputStream sink, String context);

    /**
     * A stream of the plaintext sealed in {@code source} under {@code context}. Reading it throws an
     * {@link java.io.IOException} as soon as a segment does not open: unknown or retired key, another
     * context, tampered or truncated content.
     */
    InputStream opening(InputStream source, String context);

    /**
     * The id of the key new streams are sealed with, to store beside them; streams under other ids
     * are due for re-sealing.
     */
    String currentKeyId();
}
