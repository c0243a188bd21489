package be.passerelle.infra.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TinkStreamSealerTest {
    private static final String CONTENT = "referral_attachments:7a1c0e52-0000-4000-8000-000000000001:content";
    private static final String OTHER_CONTENT = "referral_attachments:7a1c0e52-0000-4000-8000-000000000002:content";
    private static final long SEED = 20261205L;

    private final KeysetHandle keyset = Keysets.generate(Keysets.Kind.STREAMS);
    private final TinkStreamSealer sealer = new TinkStreamSealer(keyset);

    @Test
    void a_multi_megabyte_stream_opens_with_its_context_and_hides_the_plaintext() throws IOException {
        byte[] plain = randomBytes(3 * 1024 * 1024 + 123);

        byte[] sealed = seal(sealer, plain, CONTENT);

        assertThat(sealed.length).isGreaterThan(plain.length);
        assertThat(indexOf(sealed, Arrays.copyOfRange(plain, 1000, 1032))).isNegative();
        assertThat(open(sealer, sealed, CONTENT)).isEqualTo(plain);
        assertThat(sealer.currentKeyId())
                .isEqualTo("tink-stream:"
                        + Integer.toUnsignedString(keyset.getPrimary().getId()));
    }

    @Test
    void an_empty_stream_round_trips() throws IOException {
        assertThat(open(sealer, seal(sealer, new byte[0], CONTENT), CONTENT)).isEmpty();
    }

    @Test
    void a_truncated_stream_does_not_open() throws IOException {
        byte[] sealed = seal(sealer, randomBytes(100_000), CONTENT);

        assertThatThrownBy(() -> open(sealer, Arrays.copyOf(sealed, sealed.length - 1), CONTENT))
                .isInstanceOf(IOException.class);
        // cut on a segment boundary: the segment before the cut was not sealed as the last one
        assertThatThrownBy(() -> open(sealer, Arrays.copyOf(sealed, sealed.length - 4096), CONTENT))
                .isInstanceOf(IOException.class);
    }

    @Test
    void a_stream_opened_with_another_context_does_not_open() throws IOException {
        byte[] sealed = seal(sealer, randomBytes(10_000), CONTENT);

        assertThatThrownBy(() -> open(sealer, sealed, OTHER_CONTENT)).isInstanceOf(IOException.class);
    }

    @Test
    void a_tampered_segment_does_not_open() throws IOException {
        byte[] sealed = seal(sealer, randomBytes(10_000), CONTENT);
        sealed[5000] ^= 1;

        assertThatThrownBy(() -> open(sealer, sealed, CONTENT)).isInstanceOf(IOException.class);
    }

    @Test
    void after_a_new_primary_old_streams_open_until_their_key_is_disabled()
            throws IOException, GeneralSecurityException {
        byte[] plain = randomBytes(50_000);
        byte[] old = seal(sealer, plain, CONTENT);
        KeysetHandle rotated = KeysetHandle.newBuilder(keyset)
                .addEntry(KeysetHandle.generateEntryFromParameters(Keysets.Kind.STREAMS.parameters())
                        .withRandomId()
                        .makePrimary())
                .build();
        TinkStreamSealer after = new TinkStreamSealer(rotated);

        assertThat(after.currentKeyId()).isNotEqualTo(sealer.currentKeyId());
        assertThat(open(after, old, CONTENT)).isEqualTo(plain);

        KeysetHandle.Builder retiring = KeysetHandle.newBuilder(rotated);
        retiring.getAt(0).setStatus(KeyStatus.DISABLED);
        TinkStreamSealer retired = new TinkStreamSealer(retiring.build());
        assertThatThrownBy(() -> open(retired, old, CONTENT)).isInstanceOf(IOException.class);
    }

    @Test
    void a_fields_keyset_is_refused_for_streams() {
        assertThatThrownBy(() -> new TinkStreamSealer(Keysets.generate(Keysets.Kind.FIELDS)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrong type");
    }

    /**
     * 10 MB are generated, sealed into a 64 KiB pipe, opened and digested on the fly: no side ever
     * holds the content, and the writer is never more than a few segments ahead of the reader (a
     * sealer or opener that buffered the whole stream would let it run 10 MB ahead).
     */
    @Test
    void ten_megabytes_stream_through_a_pipe_in_bounded_memory() {
        long total = 10L * 1024 * 1024;
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            PipedInputStream pipeIn = new PipedInputStream(64 * 1024);
            PipedOutputStream pipeOut = new PipedOutputStream(pipeIn);
            AtomicLong written = new AtomicLong();
            ExecutorService writer = Executors.newSingleThreadExecutor();
            try {
                Future<byte[]> sent = writer.submit(() -> {
                    MessageDigest digest = sha256();
                    Random random = new Random(SEED);
                    byte[] chunk = new byte[8192];
                    try (OutputStream sealing = sealer.sealing(pipeOut, CONTENT)) {
                        while (written.get() < total) {
                            random.nextBytes(chunk);
                            sealing.write(chunk);
                            digest.update(chunk);
                            written.addAndGet(chunk.length);
                        }
                    }
                    return digest.digest();
                });
                MessageDigest digest = sha256();
                long read = 0;
                long mostAhead = 0;
                try (InputStream opening = sealer.opening(pipeIn, CONTENT)) {
                    byte[] buffer = new byte[8192];
                    for (int n = opening.read(buffer); n >= 0; n = opening.read(buffer)) {
                        mostAhead = Math.max(mostAhead, written.get() - read);
                        digest.update(buffer, 0, n);
                        read += n;
                    }
                }
                assertThat(read).isEqualTo(total);
                assertThat(digest.digest()).isEqualTo(sent.get(1, TimeUnit.MINUTES));
                assertThat(mostAhead).isLessThan(256 * 1024);
            } finally {
                writer.shutdownNow();
            }
        });
    }

    private static byte[] seal(TinkStreamSealer sealer, byte[] plain, String context) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream sealing = sealer.sealing(sink, context)) {
            sealing.write(plain);
        }
        return sink.toByteArray();
    }

    private static byte[] open(TinkStreamSealer sealer, byte[] sealed, String context) throws IOException {
        try (InputStream opening = sealer.opening(new ByteArrayInputStream(sealed), context)) {
            return opening.readAllBytes();
        }
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(SEED).nextBytes(bytes);
        return bytes;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static MessageDigest sha256() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256");
    }
}
