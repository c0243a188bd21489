package be.passerelle.core.referral;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.TooLarge;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * An upload read as it streams, in segments of {@link ReferralAttachments#SEGMENT_BYTES}: one
 * segment is read ahead, so the caller knows which one is the last and can look at the first bytes
 * before anything is stored; more than {@code maxBytes} in all is refused (413) as soon as it shows.
 */
final class UploadSegments {

    /** The {@code index}-th segment of the upload; {@code last} when nothing follows it. */
    record Segment(int index, byte[] bytes, boolean last) {}

    private final InputStream in;
    private final long maxBytes;
    private final int segmentBytes;
    private byte[] ahead;
    private int index;
    private long total;

    UploadSegments(InputStream in, long maxBytes, int segmentBytes) {
        this.in = Objects.requireNonNull(in, "in");
        this.maxBytes = maxBytes;
        this.segmentBytes = segmentBytes;
    }

    /** The first segment (empty for an empty upload), without consuming it. */
    byte[] first() {
        if (ahead == null) {
            ahead = read();
        }
        return ahead.clone();
    }

    /** The next segment, or empty once the upload is read. */
    Optional<Segment> next() {
        if (ahead == null) {
            ahead = read();
        }
        if (ahead.length == 0) {
            return Optional.empty();
        }
        byte[] current = ahead;
        total += current.length;
        if (total > maxBytes) {
            throw new TooLarge("an attachment has at most " + maxBytes + " bytes");
        }
        ahead = read();
        return Optional.of(new Segment(index++, current, ahead.length == 0));
    }

    private byte[] read() {
        try {
            return in.readNBytes(segmentBytes);
        } catch (IOException e) {
            throw new InvalidInput("the file could not be read");
        }
    }
}
