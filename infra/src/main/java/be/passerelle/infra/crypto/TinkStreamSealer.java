package be.passerelle.infra.crypto;

import be.passerelle.core.privacy.StreamSealer;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * Attachments sealed with a Tink {@link StreamingAead} keyset (AES-256-GCM-HKDF, 4 KB segments):
 * each stream gets its own key derived from the keyset's key, a random salt and the context
 * (associated data); each segment is authenticated with its index and whether it is the last, so
 * reordered, dropped or truncated segments do not open. Memory per stream: one segment.
 *
 * <p>Streams carry no key id: they open under any enabled key of the keyset. {@link
 * #currentKeyId()} ({@code tink-stream:<primary key id>}) is for the adapter to store beside them.
 */
public final class TinkStreamSealer implements StreamSealer {
    /** Marks the key id stored beside a stream sealed by this class. */
    public static final String MARKER = "tink-stream:";

    private final StreamingAead streamingAead;
    private final String currentKeyId;

    public TinkStreamSealer(KeysetHandle keyset) {
        Keysets.check(Keysets.Kind.STREAMS, "the streams keyset", Objects.requireNonNull(keyset, "keyset"));
        try {
            this.streamingAead = keyset.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not use the streams keyset", e);
        }
        this.currentKeyId = MARKER + Keysets.id(keyset.getPrimary().getId());
    }

    @Override
    public OutputStream sealing(OutputStream sink, String context) {
        Objects.requireNonNull(sink, "sink");
        try {
            return streamingAead.newEncryptingStream(sink, aad(context));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the sealed stream could not be started", e);
        }
    }

    @Override
    public InputStream opening(InputStream source, String context) {
        Objects.requireNonNull(source, "source");
        try {
            return streamingAead.newDecryptingStream(source, aad(context));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the sealed stream could not be opened", e);
        }
    }

    @Override
    public String currentKeyId() {
        return currentKeyId;
    }

    private static byte[] aad(String context) {
        return Objects.requireNonNull(context, "context").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "TinkStreamSealer[current=" + currentKeyId + "]";
    }
}
