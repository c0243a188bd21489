package be.passerelle.core.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.testing.DirectUnitOfWork;
import be.passerelle.core.testing.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotentRequestsTest {
    private static final TenantId TENANT = new TenantId(UUID.randomUUID());
    private static final byte[] HASH = {1, 2, 3};
    private static final byte[] OTHER_HASH = {9, 9, 9};

    private final TestClock clock = new TestClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final MemoryStore store = new MemoryStore();
    private final IdempotentRequests requests = new IdempotentRequests(new DirectUnitOfWork(), store, clock);
    private final AtomicInteger runs = new AtomicInteger();

    private IdempotentRequests.Outcome<StoredResponse> run(String key, byte[] hash) {
        return requests.run(TENANT, key, "op", hash, keep -> {
            runs.incrementAndGet();
            StoredResponse response = new StoredResponse(
                    201, ("run-" + runs.get()).getBytes(StandardCharsets.UTF_8), Optional.of(UUID.randomUUID()));
            keep.accept(response);
            return response;
        });
    }

    @Test
    void a_retry_with_the_same_request_replays_the_first_response_without_running_again() {
        IdempotentRequests.Outcome<StoredResponse> first = run("k", HASH);
        IdempotentRequests.Outcome<StoredResponse> retry = run("k", HASH);
        assertThat(first).isInstanceOf(IdempotentRequests.Outcome.First.class);
        assertThat(retry)
                .isEqualTo(new IdempotentRequests.Outcome.Replay<>(
                        ((IdempotentRequests.Outcome.First<StoredResponse>) first).result()));
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_retry_with_another_body_is_refused() {
        run("k", HASH);
        assertThatThrownBy(() -> run("k", OTHER_HASH)).isInstanceOf(BusinessRuleViolation.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_retry_while_the_first_is_in_progress_is_a_conflict_with_retry_after() {
        store.claim(TENANT, "k", "op", HASH, clock.instant(), Instant.MIN, Instant.MIN);
        assertThatThrownBy(() -> run("k", HASH))
                .isInstanceOfSatisfying(
                        Conflict.class, c -> assertThat(c.retryAfter()).isPresent());
        assertThat(runs).hasValue(0);
    }

    @Test
    void an_abandoned_claim_is_taken_over_and_an_expired_key_is_fresh_again() {
        store.claim(TENANT, "k", "op", HASH, clock.instant(), Instant.MIN, Instant.MIN);
        clock.advance(IdempotentRequests.ABANDONED_AFTER.plusSeconds(1));
        assertThat(run("k", HASH)).isInstanceOf(IdempotentRequests.Outcome.First.class);
        clock.advance(IdempotentRequests.RETENTION.plusSeconds(1));
        assertThat(run("k", OTHER_HASH)).isInstanceOf(IdempotentRequests.Outcome.First.class);
        assertThat(runs).hasValue(2);
    }

    @Test
    void a_failed_first_request_frees_the_key() {
        assertThatThrownBy(() -> requests.run(TENANT, "k", "op", HASH, keep -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(run("k", HASH)).isInstanceOf(IdempotentRequests.Outcome.First.class);
    }

    @Test
    void keys_are_visible_bytes_only() {
        assertThatThrownBy(() -> run("", HASH)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> run("has space", HASH)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> run("x".repeat(256), HASH)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_purge_removes_keys_older_than_a_day() {
        run("old", HASH);
        clock.advance(Duration.ofHours(23));
        run("young", HASH);
        clock.advance(Duration.ofHours(2));
        assertThat(requests.purgeExpired()).isEqualTo(1);
        assertThat(store.rows).containsOnlyKeys("young");
    }

    private static final class MemoryStore implements IdempotencyStore {
        record Row(byte[] hash, Instant createdAt, StoredResponse response) {}

        final Map<String, Row> rows = new HashMap<>();

        @Override
        public Claim claim(
                TenantId tenant,
                String key,
                String operation,
                byte[] requestHash,
                Instant now,
                Instant expiredBefore,
                Instant abandonedBefore) {
            Row row = rows.get(key);
            boolean same = row != null && Arrays.equals(row.hash(), requestHash);
            if (row == null
                    || row.createdAt().isBefore(expiredBefore)
                    || (row.response() == null && same && row.createdAt().isBefore(abandonedBefore))) {
                rows.put(key, new Row(requestHash, now, null));
                return new Claimed();
            }
            return row.response() == null ? new InProgress(row.hash()) : new Completed(row.hash(), row.response());
        }

        @Override
        public void complete(TenantId tenant, String key, StoredResponse response, Instant at) {
            rows.computeIfPresent(key, (k, row) -> new Row(row.hash(), row.createdAt(), response));
        }

        @Override
        public void release(TenantId tenant, String key) {
            if (rows.containsKey(key) && rows.get(key).response() == null) {
                rows.remove(key);
            }
        }

        @Override
        public int purge(Instant before) {
            int size = rows.size();
            rows.values().removeIf(row -> row.createdAt().isBefore(before));
            return size - rows.size();
        }
    }
}
