package be.passerelle.core.notification;

import be.passerelle.core.referral.BelgianCalendar;
import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff's mail notifications (issue #19), in three steps that each node may run (the claims skip
 * locked rows):
 *
 * <ol>
 *   <li>{@link #expand}: each new referral outbox event becomes one delivery per recipient (read now:
 *       staff from the identity provider, assignment, preferences, intake address), recorded with the
 *       event's mark in one unit of work. A mail to send now is rendered once and stored whole.
 *   <li>{@link #send}: stored mails are sent, at least once; a failure (SMTP down) is retried with
 *       backoff and stops the pass. A resend sends the stored bytes: the identical message.
 *   <li>{@link #digest}: at 08:00 Europe/Brussels on Belgian working days, each recipient's waiting
 *       deliveries become one digest mail (at most one per recipient and day).
 * </ol>
 */
public final class NotifyStaff {
    private static final int EVENTS_PER_CLAIM = 50;
    private static final int MAILS_PER_CLAIM = 20;
    private static final int MAX_CLAIMS = 50;
    static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration LAST_RETRY = Duration.ofMinutes(10);

    private final UnitOfWork unitOfWork;
    private final NotificationStore store;
    private final StaffDirectory directory;
    private final MailTransport transport;
    private final MailTexts texts;
    private final Clock clock;

    public NotifyStaff(
            UnitOfWork unitOfWork,
            NotificationStore store,
            StaffDirectory directory,
            MailTransport transport,
            MailTexts texts,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.store = store;
        this.directory = directory;
        this.transport = transport;
        this.texts = texts;
        this.clock = clock;
    }

    /** Expands then sends; what a pass of the worker does. */
    public void runOnce() {
        expand();
        send();
    }

    /** @return how many deliveries were recorded */
    public int expand() {
        int recorded = 0;
        for (int claims = 0; claims < MAX_CLAIMS; claims++) {
            int[] claimed = {0};
            recorded += unitOfWork.inSystem(SystemOperation.OUTBOX_DISPATCH, () -> {
                List<NotificationEvent> events = store.claimEvents(EVENTS_PER_CLAIM, now());
                claimed[0] = events.size();
                int deliveries = 0;
                for (NotificationEvent event : events) {
                    deliveries += expandOne(event);
                }
                return deliveries;
            });
            if (claimed[0] < EVENTS_PER_CLAIM) {
                break;
            }
        }
        return recorded;
    }

    private int expandOne(NotificationEvent event) {
        Instant now = now();
        Optional<ReferralFacts> found = store.facts(event.referralId());
        Optional<NotificationKind> kind = found.flatMap(
                facts -> NotificationEvents.kindOf(event, facts.sender().id()));
        if (found.isEmpty() || kind.isEmpty()) {
            store.markNotified(event.id(), now);
            return 0;
        }
        ReferralFacts facts = found.get();
        Institution audience =
                kind.get().audience() == NotificationKind.Audience.SENDER ? facts.sender() : facts.receiver();
        List<StaffContact> staff = directory.staff(audience.slug());
        List<Recipients.Recipient> recipients = Recipients.of(
                kind.get(),
                audience,
                staff,
                store.assignee(facts.id(), audience.id()),
                store::preference,
                kind.get().mustReachSomeone() ? store.confirmedIntakeAddress(audience.id()) : Optional.empty());
        int recorded = 0;
        for (Recipients.Recipient recipient : recipients) {
            NotificationStore.Delivery delivery = new NotificationStore.Delivery(
                    UUID.randomUUID(),
                    event.id(),
                    recipient.key(),
                    audience.id(),
                    facts.id(),
                    kind.get(),
                    recipient.address(),
                    recipient.language(),
                    now);
            boolean added;
            if (recipient.delivery() == NotificationDelivery.DAILY_DIGEST) {
                added = store.deliverInDigest(delivery);
            } else {
                UUID mailId = UUID.randomUUID();
                byte[] message = transport.compose(new MailContent(
                        mailId,
                        recipient.address(),
                        recipient.language(),
                        texts.subject(kind.get(), recipient.language(), facts),
                        texts.body(kind.get(), recipient.language(), facts),
                        now));
                added = store.deliverNow(delivery, mailId, message);
            }
            recorded += added ? 1 : 0;
        }
        store.markNotified(event.id(), now);
        return recorded;
    }

    /** @return how many mails were sent */
    public int send() {
        int sent = 0;
        for (int claims = 0; claims < MAX_CLAIMS; claims++) {
            int[] outcome = {0, 0};
            unitOfWork.inSystem(SystemOperation.OUTBOX_DISPATCH, () -> {
                List<QueuedMail> due = store.dueMails(now(), MAILS_PER_CLAIM);
                outcome[0] = due.size();
                for (QueuedMail mail : due) {
                    try {
                        transport.send(mail);
                        store.sent(mail.id(), now());
                        outcome[1]++;
                    } catch (Unavailable e) {
                        Instant retryAt = now().plus(backoff(mail.attempts() + 1));
                        store.failed(mail.id(), retryAt, e.getMessage());
                        outcome[0] = -1;
                        break;
                    }
                }
                return null;
            });
            sent += outcome[1];
            if (outcome[0] < MAILS_PER_CLAIM) {
                break;
            }
        }
        return sent;
    }

    /** 2 s, 4 s, 8 s, … up to 10 minutes between attempts: SMTP back after an outage gets every mail. */
    static Duration backoff(int attempt) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
        return delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
    }

    /**
     * The daily digest as of {@code at}: nothing unless {@code at} falls on a Belgian working day; else
     * one mail per recipient listing what waited before {@code at}.
     *
     * @return how many digests were stored
     */
    public int digest(Instant at) {
        LocalDate day = BelgianCalendar.dayOf(at);
        if (!BelgianCalendar.isWorkingDay(day, Optional.empty())) {
            return 0;
        }
        List<NotificationStore.DigestRecipient> recipients =
                unitOfWork.inSystem(SystemOperation.OUTBOX_DISPATCH, () -> store.digestRecipients(at));
        int stored = 0;
        for (NotificationStore.DigestRecipient recipient : recipients) {
            boolean added = unitOfWork.inSystem(SystemOperation.OUTBOX_DISPATCH, () -> {
                List<NotificationStore.DigestItem> items = store.digestItems(recipient.recipient(), at);
                if (items.isEmpty()) {
                    return false;
                }
                UUID mailId = UUID.randomUUID();
                byte[] message = transport.compose(new MailContent(
                        mailId,
                        recipient.address(),
                        recipient.language(),
                        texts.digestSubject(recipient.language(), at, items.size()),
                        texts.digestBody(recipient.language(), items),
                        now()));
                return store.storeDigest(recipient.recipient() + "/" + day, recipient, items, mailId, message, now());
            });
            stored += added ? 1 : 0;
        }
        return stored;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
