package be.passerelle.core.referral;

import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import java.util.List;
import java.util.UUID;

/**
 * What happened to a referral and what its two institutions wrote each other: the timeline of
 * creations and transitions, and the message thread. Same walls as {@link Referrals}: the viewer's
 * unit of work, the two parties only; notes and bodies encrypted at rest.
 */
public interface ReferralTimeline {

    void appendEvent(NewReferralEvent event);

    /** The timeline, oldest first. */
    List<ReferralEvent> events(TenantId viewer, UUID referralId);

    void addMessage(NewReferralMessage message);

    /** The thread, oldest first, after the page's position. */
    Page<ReferralMessage> messages(TenantId viewer, UUID referralId, PageRequest page);
}
