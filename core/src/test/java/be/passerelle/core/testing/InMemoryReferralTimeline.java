package be.passerelle.core.testing;

import be.passerelle.core.referral.NewReferralEvent;
import be.passerelle.core.referral.NewReferralMessage;
import be.passerelle.core.referral.ReferralEvent;
import be.passerelle.core.referral.ReferralMessage;
import be.passerelle.core.referral.ReferralParty;
import be.passerelle.core.referral.ReferralTimeline;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Timelines and threads of core's unit tests; the two parties of a referral only, as in the real store. */
public final class InMemoryReferralTimeline implements ReferralTimeline {
    private final InMemoryTenants tenants;
    private final List<NewReferralEvent> events = new ArrayList<>();
    private final List<NewReferralMessage> messages = new ArrayList<>();

    public InMemoryReferralTimeline(InMemoryTenants tenants) {
        this.tenants = tenants;
    }

    /** Every entry appended, in order, whatever the referral (for assertions). */
    public List<NewReferralEvent> appended() {
        return List.copyOf(events);
    }

    /** The entries appended to one referral, in order (for assertions). */
    public List<NewReferralEvent> appendedTo(UUID referralId) {
        return events.stream().filter(e -> e.referralId().equals(referralId)).toList();
    }

    @Override
    public void appendEvent(NewReferralEvent event) {
        events.add(event);
    }

    @Override
    public List<ReferralEvent> events(TenantId viewer, UUID referralId) {
        return events.stream()
                .filter(e -> e.referralId().equals(referralId) && isParty(viewer, e.parties()))
                .map(e -> new ReferralEvent(
                        e.id(),
                        e.action(),
                        e.from(),
                        e.to(),
                        e.actor().id(),
                        e.actor().name(),
                        new ReferralParty(e.actorTenant(), tenants.slugOf(e.actorTenant())),
                        e.note(),
                        e.suggestedReceiver(),
                        e.occurredAt(),
                        e.reasonCode(),
                        Optional.empty()))
                .toList();
    }

    @Override
    public void addMessage(NewReferralMessage message) {
        messages.add(message);
    }

    @Override
    public Page<ReferralMessage> messages(TenantId viewer, UUID referralId, PageRequest page) {
        List<ReferralMessage> thread = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            NewReferralMessage m = messages.get(i);
            long position = i + 1;
            if (m.referralId().equals(referralId)
                    && isParty(viewer, m.parties())
                    && page.after().map(after -> position > after).orElse(true)) {
                thread.add(new ReferralMessage(
                        m.id(),
                        position,
                        new ReferralParty(m.authorTenant(), tenants.slugOf(m.authorTenant())),
                        m.author().id(),
                        m.author().name(),
                        Optional.of(m.body()),
                        m.at()));
            }
        }
        if (thread.size() > page.limit()) {
            List<ReferralMessage> items = thread.subList(0, page.limit());
            return new Page<>(items, Optional.of(items.get(items.size() - 1).position()));
        }
        return new Page<>(thread, Optional.empty());
    }

    private static boolean isParty(TenantId viewer, be.passerelle.core.referral.ReferralParties parties) {
        return parties.sender().equals(viewer) || parties.receiver().equals(viewer);
    }
}
