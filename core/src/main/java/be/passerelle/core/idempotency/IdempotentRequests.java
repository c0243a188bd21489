package be.passerelle.core.idempotency;

import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.UnitOfWork;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} handling (SPEC §4.3). The first request with a key claims it in a short
 * unit of work of its own (so concurrent retries see the claim), then runs; its response is kept,
 * encrypted, in the same unit of work as its effect. A retry with the same request hash gets that
 * response again; with another hash, a 422; while the first is in progress, a 409 with {@code
 * Retry-After}. A failed first request frees the key. Keys live {@link #RETENTION}; a claim left
 * in progress longer than {@link #ABANDONED_AFTER} (a crashed node) may be taken over.
 */
public final class IdempotentRequests {
    public static final Duration RETENTION = Duration.ofHours(24);
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    /** A key: 1 to 255 visible ASCII characters. */
    public static final String KEY_PATTERN = "[\\x21-\\x7E]{1,255}";

    private static final Pattern KEY = Pattern.compile(KEY_PATTERN);

    private final UnitOfWork unitOfWork;
    private final IdempotencyStore store;
    private final Clock clock;

    public IdempotentRequests(UnitOfWork unitOfWork, IdempotencyStore store, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.store = store;
        this.clock = clock;
    }

    /**
     * What a request with a key produced: the first run's own result, or a replay of the response
     * that the first run kept.
     */
    public sealed interface Outcome<T> {
        /** Either {@code first} of the result or {@code replay} of the kept response. */
        <R> R fold(Function<T, R> first, Function<StoredResponse, R> replay);

        /** The request ran now; {@code result} is what {@code work} returned. */
        record First<T>(T result) implements Outcome<T> {
            @Override
            public <R> R fold(Function<T, R> first, Function<StoredResponse, R> replay) {
                return first.apply(result);
            }
        }

        /** The request ran before; {@code response} is what its run kept. */
        record Replay<T>(StoredResponse response) implements Outcome<T> {
            @Override
            public <R> R fold(Function<T, R> first, Function<StoredResponse, R> replay) {
                return replay.apply(response);
            }
        }
    }

    /**
     * Runs {@code work} once per key. {@code work} receives the callback that keeps the response and
     * must call it inside its own unit of work, so that effect and response commit together.
     */
    public <T> Outcome<T> run(
            TenantId tenant,
            String key,
            String operation,
            byte[] requestHash,
            Function<Consumer<StoredResponse>, T> work) {
        Objects.requireNonNull(requestHash, "requestHash");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidInput("an Idempotency-Key has 1 to 255 visible ASCII characters");
        }
        Instant now = clock.instant();
        IdempotencyStore.Claim claim = unitOfWork.inTenant(
                tenant,
                () -> store.claim(
                        tenant, key, operation, requestHash, now, now.minus(RETENTION), now.minus(ABANDONED_AFTER)));
        if (claim instanceof IdempotencyStore.Completed completed) {
            checkSameRequest(completed.requestHash(), requestHash);
            if (completed.response().body().length == 0) {
                throw new Conflict("this Idempotency-Key was used; its response was erased with the personal data");
            }
            return new Outcome.Replay<>(completed.response());
        }
        if (claim instanceof IdempotencyStore.InProgress inProgress) {
            checkSameRequest(inProgress.requestHash(), requestHash);
            throw new Conflict("a request with this Idempotency-Key is still in progress", Optional.of(RETRY_AFTER));
        }
        try {
            return new Outcome.First<>(work.apply(r -> store.complete(tenant, key, r, clock.instant())));
        } catch (RuntimeException | Error e) {
            try {
                unitOfWork.inTenant(tenant, () -> {
                    store.release(tenant, key);
                    return null;
                });
            } catch (RuntimeException releaseFailure) {
                e.addSuppressed(releaseFailure);
            }
            throw e;
        }
    }

    /** Deletes the keys older than {@link #RETENTION}, across tenants. */
    public int purgeExpired() {
        Instant before = clock.instant().minus(RETENTION);
        return unitOfWork.inSystem(SystemOperation.IDEMPOTENCY_PURGE, () -> store.purge(before));
    }

    private static void checkSameRequest(byte[] first, byte[] retry) {
        if (!MessageDigest.isEqual(first, retry)) {
            throw new BusinessRuleViolation("this Idempotency-Key was used with another request body");
        }
    }
}
