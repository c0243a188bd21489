package be.passerelle.core.idempotency;

import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * Idempotency keys per tenant (SPEC §4.3): the hash of the first request and, once it is done, its
 * response (encrypted). Runs inside the tenant's unit of work.
 */
public interface IdempotencyStore {

    /** What a key holds when a request claims it. */
    sealed interface Claim {}

    /** The key was free (or expired, or abandoned): this request owns it now. */
    record Claimed() implements Claim {}

    /** The key is held by a request with this hash that has not finished yet. */
    record InProgress(byte[] requestHash) implements Claim {
        public InProgress {
            requestHash = Objects.requireNonNull(requestHash, "requestHash").clone();
        }
    }

    /** The key's request finished with this response. */
    record Completed(byte[] requestHash, StoredResponse response) implements Claim {
        public Completed {
            requestHash = Objects.requireNonNull(requestHash, "requestHash").clone();
            Objects.requireNonNull(response, "response");
        }
    }

    /**
     * Claims {@code key} for a request with {@code requestHash}: a free key, a key created before
     * {@code expiredBefore}, or one still in progress but claimed before {@code abandonedBefore}
     * is (re)claimed; otherwise the current holder is returned.
     */
    Claim claim(
            TenantId tenant,
            String key,
            String operation,
            byte[] requestHash,
            Instant now,
            Instant expiredBefore,
            Instant abandonedBefore);

    /** Keeps the response of the request that claimed the key. */
    void complete(TenantId tenant, String key, StoredResponse response, Instant at);

    /** Frees a key whose request failed, so that it may be retried. */
    void release(TenantId tenant, String key);

    /** Deletes every key created before {@code before} (a system operation across tenants). */
    int purge(Instant before);
}
