package be.passerelle.api.jobs;

import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Schedules every {@link Job} on a pool with one thread per job, so a slow run (a Keycloak call of
 * the tenant reconciler, a large retention batch) never holds back another job. The pool is not a
 * bean: it would stand in for Spring Boot's application task executor.
 */
final class JobScheduler implements SchedulingConfigurer, DisposableBean {
    private final List<Job> jobs;
    private final JobRunner runner;
    private final ThreadPoolTaskScheduler pool = new ThreadPoolTaskScheduler();

    JobScheduler(List<Job> jobs, JobRunner runner) {
        this.jobs = List.copyOf(jobs);
        this.runner = runner;
        pool.setPoolSize(Math.max(1, this.jobs.size()));
        pool.setThreadNamePrefix("job-");
        pool.initialize();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.setTaskScheduler(pool);
        for (Job job : jobs) {
            registrar.addTriggerTask(() -> runner.run(job), job.trigger());
        }
    }

    int threads() {
        return pool.getPoolSize();
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }
}
