package be.passerelle.core.notification;

import be.passerelle.core.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The mail worker's tables, read and written in its system units of work: the outbox events still to
 * expand, the facts, assignments, preferences and intake addresses they are expanded with, the
 * deliveries and the stored mails. Mails are claimed with {@code FOR UPDATE SKIP LOCKED}, so that
 * several nodes share the sending.
 */
public interface NotificationStore {

    /**
     * Up to {@code limit} referral events not expanded yet, oldest first, for this unit of work only
     * (empty while another node expands). The outbox rows are not locked: the webhook fan-out claims them.
     */
    List<NotificationEvent> claimEvents(int limit, Instant now);

    /** Empty when the referral is gone. */
    Optional<ReferralFacts> facts(UUID referral);

    /** Who {@code tenant} assigned the referral to, on its side. */
    Optional<String> assignee(UUID referral, TenantId tenant);

    /** The user's choice for {@code kind}; no choice is {@link NotificationDelivery#IMMEDIATELY}. */
    NotificationDelivery preference(String userId, NotificationKind kind);

    /** The tenant's shared intake address, once confirmed. */
    Optional<String> confirmedIntakeAddress(TenantId tenant);

    void markNotified(UUID event, Instant at);

    /** A delivery to send now, with its mail. False when this (event, recipient) has one already. */
    boolean deliverNow(Delivery delivery, UUID mailId, byte[] message);

    /** A delivery for the recipient's next digest. False when this (event, recipient) has one already. */
    boolean deliverInDigest(Delivery delivery);

    /** The recipients with deliveries waiting for a digest, recorded before {@code upTo}. */
    List<DigestRecipient> digestRecipients(Instant upTo);

    /** The recipient's waiting deliveries recorded before {@code upTo}, oldest first, locked. */
    List<DigestItem> digestItems(String recipient, Instant upTo);

    /**
     * Stores the digest mail (at most one per recipient and day: false if {@code digestKey} exists) and
     * ties {@code items} to it.
     */
    boolean storeDigest(
            String digestKey,
            DigestRecipient recipient,
            List<DigestItem> items,
            UUID mailId,
            byte[] message,
            Instant at);

    /** Up to {@code limit} pending mails due at {@code now}, locked, oldest first. */
    List<QueuedMail> dueMails(Instant now, int limit);

    void sent(UUID mail, Instant at);

    void failed(UUID mail, Instant retryAt, String error);

    /** One recipient of one event. */
    record Delivery(
            UUID id,
            UUID event,
            String recipient,
            TenantId tenant,
            UUID referral,
            NotificationKind kind,
            String address,
            String language,
            Instant at) {}

    /** Someone with deliveries waiting for their digest. */
    record DigestRecipient(String recipient, TenantId tenant, String address, String language) {}

    /** A waiting delivery, as a digest lists it. */
    record DigestItem(UUID delivery, UUID referral, String publicReference, NotificationKind kind, Instant at) {}
}
