package be.passerelle.api.jobs;

import be.passerelle.persistence.JobLock;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The scheduler of every {@link Job} bean, and the runner that gives them one error policy and metrics. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class JobScheduling {

    @Bean
    JobRunner jobRunner(JobLock lock, MeterRegistry meters) {
        return new JobRunner(lock::runExclusively, meters);
    }

    @Bean
    JobScheduler jobScheduler(List<Job> jobs, JobRunner runner) {
        return new JobScheduler(jobs, runner);
    }
}
