package be.passerelle.api.jobsfixture;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** A background job written the old way, outside the jobs package: the jobs' rules must reject it. */
@EnableScheduling
public class HandMadeJob {

    @Scheduled(fixedDelayString = "PT1M")
    void run() {
        Thread worker = new Thread(() -> {}, "hand-made");
        worker.start();
    }
}
