package be.passerelle.core.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.TooLarge;
import be.passerelle.core.testing.PropertyTest;
import be.passerelle.core.testing.Samples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UploadSegmentsTest {

    @Test
    void a_file_of_several_segments_is_cut_at_64_kib_and_only_the_isFinalsegment_is_last() {
        byte[] file = bytes(3 * ReferralAttachments.SEGMENT_BYTES + 100);
        List<UploadSegments.Segment> segments = all(new UploadSegments(
                new ByteArrayInputStream(file), ReferralAttachments.MAX_BYTES, ReferralAttachments.SEGMENT_BYTES));

        assertThat(segments).extracting(UploadSegments.Segment::index).containsExactly(0, 1, 2, 3);
        assertThat(segments)
                .extracting(s -> s.bytes().length)
                .containsExactly(
                        ReferralAttachments.SEGMENT_BYTES,
                        ReferralAttachments.SEGMENT_BYTES,
                        ReferralAttachments.SEGMENT_BYTES,
                        100);
        assertThat(segments).extracting(UploadSegments.Segment::last).containsExactly(false, false, false, true);
        assertThat(concat(segments)).isEqualTo(file);
    }

    @Test
    void a_file_of_exactly_one_segment_is_one_last_segment() {
        List<UploadSegments.Segment> segments = all(new UploadSegments(new ByteArrayInputStream(bytes(8)), 100, 8));

        assertThat(segments).hasSize(1);
        assertThat(segments.get(0).last()).isTrue();
    }

    @Test
    void the_first_bytes_can_be_looked_at_before_anything_is_consumed() {
        byte[] file = bytes(10);
        UploadSegments segments = new UploadSegments(new ByteArrayInputStream(file), 100, 4);

        assertThat(segments.first()).containsExactly(0, 1, 2, 3);
        assertThat(concat(all(segments))).isEqualTo(file);
    }

    @Test
    void an_empty_upload_has_no_segment() {
        UploadSegments segments = new UploadSegments(new ByteArrayInputStream(new byte[0]), 100, 4);

        assertThat(segments.first()).isEmpty();
        assertThat(segments.next()).isEmpty();
    }

    @Test
    void exactly_the_limit_is_accepted() {
        assertThat(concat(all(new UploadSegments(new ByteArrayInputStream(bytes(10)), 10, 4))))
                .hasSize(10);
    }

    @Test
    void one_byte_over_the_limit_is_refused_with_a_413() {
        UploadSegments segments = new UploadSegments(new ByteArrayInputStream(bytes(11)), 10, 4);

        assertThatThrownBy(() -> all(segments)).isInstanceOf(TooLarge.class);
    }

    @Test
    void an_endless_upload_is_refused_once_it_passes_the_limit_without_being_read_to_its_end() {
        EndlessStream endless = new EndlessStream();
        UploadSegments segments = new UploadSegments(endless, 10, 4);

        assertThatThrownBy(() -> all(segments)).isInstanceOf(TooLarge.class);
        assertThat(endless.served).as("at most one segment read past the limit").isLessThanOrEqualTo(10 + 4 + 4);
    }

    @Test
    void a_failing_read_is_invalid_input() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> new UploadSegments(broken, 10, 4).first()).isInstanceOf(InvalidInput.class);
    }

    /** A file of at most 200 bytes, and a segment size from 1 to 17 bytes. */
    static Stream<Arguments> files() {
        return Samples.ofArguments(1_000, random -> Arguments.of(randomBytes(random), random.nextInt(1, 18)))
                .withExampleArguments(
                        Arguments.of(new byte[0], 1),
                        Arguments.of(new byte[0], 17),
                        Arguments.of(new byte[] {Byte.MIN_VALUE}, 1),
                        Arguments.of(new byte[] {Byte.MAX_VALUE}, 17),
                        Arguments.of(bytes(17), 17),
                        Arguments.of(bytes(18), 17),
                        Arguments.of(bytes(34), 17),
                        Arguments.of(bytes(200), 1),
                        Arguments.of(bytes(200), 17))
                .stream();
    }

    private static byte[] randomBytes(RandomGenerator random) {
        // as often small as large: the edges of the segments are where the bugs live
        byte[] bytes = new byte[random.nextBoolean() ? random.nextInt(0, 35) : random.nextInt(0, 201)];
        random.nextBytes(bytes);
        return bytes;
    }

    @PropertyTest
    @MethodSource("files")
    void the_segments_put_back_together_are_the_file_and_only_the_isFinalone_is_last(byte[] file, int segmentBytes) {
        List<UploadSegments.Segment> segments =
                all(new UploadSegments(new ByteArrayInputStream(file), 1_000, segmentBytes));

        assertThat(concat(segments)).isEqualTo(file);
        assertThat(segments).hasSize((file.length + segmentBytes - 1) / segmentBytes);
        for (int i = 0; i < segments.size(); i++) {
            UploadSegments.Segment segment = segments.get(i);
            boolean isFinal = i == segments.size() - 1;
            assertThat(segment.index()).isEqualTo(i);
            assertThat(segment.last()).isEqualTo(isFinal);
            assertThat(segment.bytes().length).isBetween(1, segmentBytes);
            if (!isFinal) {
                assertThat(segment.bytes()).hasSize(segmentBytes);
            }
        }
    }

    private static List<UploadSegments.Segment> all(UploadSegments segments) {
        List<UploadSegments.Segment> all = new ArrayList<>();
        for (Optional<UploadSegments.Segment> next = segments.next(); next.isPresent(); next = segments.next()) {
            all.add(next.get());
        }
        return all;
    }

    private static byte[] concat(List<UploadSegments.Segment> segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        segments.forEach(s -> out.writeBytes(s.bytes()));
        return out.toByteArray();
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    /** An upload that never ends, counting what it served. */
    private static final class EndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }
    }
}
