package be.passerelle.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JobLockIT {

    @Test
    void a_job_runs_on_one_node_at_a_time_and_again_once_finished() throws Exception {
        TestPersistence db = TestPersistence.shared();
        JobLock nodeA = new JobLock(db.systemPool);
        JobLock nodeB = new JobLock(TestPersistence.withApplicationPoolOf(1).systemPool);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();

        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> nodeA.runExclusively("retention", () -> {
            runs.incrementAndGet();
            running.countDown();
            await(release);
        }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(nodeB.runExclusively("retention", runs::incrementAndGet)).isFalse();
        assertThat(nodeB.runExclusively("another-job", () -> {})).isTrue();

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(nodeB.runExclusively("retention", runs::incrementAndGet)).isTrue();
        assertThat(runs.get()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
