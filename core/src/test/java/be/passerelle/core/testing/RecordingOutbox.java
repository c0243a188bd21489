package be.passerelle.core.testing;

import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.outbox.OutboxEvent;
import java.util.ArrayList;
import java.util.List;

/** An outbox that keeps what the use cases record, in order. */
public final class RecordingOutbox implements Outbox {
    private final List<OutboxEvent> events = new ArrayList<>();

    @Override
    public void record(OutboxEvent event) {
        events.add(event);
    }

    public List<OutboxEvent> events() {
        return List.copyOf(events);
    }
}
