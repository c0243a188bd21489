package be.passerelle.persistence.outbox;

import be.passerelle.core.outbox.Outbox;
import be.passerelle.persistence.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox, and the signal its commits give this node's webhook dispatcher. */
@Configuration(proxyBeanMethods = false)
public class OutboxPersistenceConfiguration {

    @Bean
    public OutboxSignal outboxSignal() {
        return new OutboxSignal();
    }

    @Bean
    public Outbox outbox(Database database, OutboxSignal signal) {
        return new JooqOutbox(database, signal::signal);
    }
}
