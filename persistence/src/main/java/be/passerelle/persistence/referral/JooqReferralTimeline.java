package be.passerelle.persistence.referral;

import static be.passerelle.persistence.jooq.Tables.REFERRAL_ASSIGNMENT_EVENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_EVENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_MESSAGES;
import static be.passerelle.persistence.jooq.Tables.TENANTS;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.referral.Assignment;
import be.passerelle.core.referral.DeclineReason;
import be.passerelle.core.referral.NewReferralEvent;
import be.passerelle.core.referral.NewReferralMessage;
import be.passerelle.core.referral.ReferralEvent;
import be.passerelle.core.referral.ReferralMessage;
import be.passerelle.core.referral.ReferralParty;
import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.referral.ReferralTimeline;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.SealedColumns;
import be.passerelle.persistence.Tenancy;
import be.passerelle.persistence.jooq.tables.Tenants;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The timeline and the thread of referrals, seen by one of their two tenants: every query carries
 * {@link Tenancy#partyTo} under the tables' row-level security. Notes and bodies are sealed here.
 */
final class JooqReferralTimeline implements ReferralTimeline {
    private static final Tenants AUTHOR = TENANTS.as("author");

    private final Database database;
    private final PersonalDataCodec codec;

    JooqReferralTimeline(Database database, PersonalDataCipher cipher) {
        this.database = database;
        this.codec = new PersonalDataCodec(cipher);
    }

    @Override
    public void appendEvent(NewReferralEvent event) {
        Optional<Sealed> note = event.note().map(n -> codec.sealText(n, SealedColumns.EVENT_NOTE.context(event.id())));
        database.dsl()
                .insertInto(REFERRAL_EVENTS)
                .set(REFERRAL_EVENTS.ID, event.id())
                .set(REFERRAL_EVENTS.REFERRAL_ID, event.referralId())
                .set(REFERRAL_EVENTS.SENDER_TENANT_ID, event.parties().sender().value())
                .set(
                        REFERRAL_EVENTS.RECEIVER_TENANT_ID,
                        event.parties().receiver().value())
                .set(REFERRAL_EVENTS.ACTION, event.action())
                .set(
                        REFERRAL_EVENTS.FROM_STATE,
                        event.from().map(ReferralState::name).orElse(null))
                .set(REFERRAL_EVENTS.TO_STATE, event.to().name())
                .set(REFERRAL_EVENTS.ACTOR_ID, event.actor().id())
                .set(REFERRAL_EVENTS.ACTOR_NAME, event.actor().name())
                .set(REFERRAL_EVENTS.ACTOR_TENANT_ID, event.actorTenant().value())
                .set(REFERRAL_EVENTS.NOTE_KEY_ID, note.map(Sealed::keyId).orElse(null))
                .set(
                        REFERRAL_EVENTS.NOTE_CIPHERTEXT,
                        note.map(Sealed::ciphertext).orElse(null))
                .set(
                        REFERRAL_EVENTS.SUGGESTED_RECEIVER,
                        event.suggestedReceiver().map(TenantSlug::value).orElse(null))
                .set(REFERRAL_EVENTS.OCCURRED_AT, utc(event.occurredAt()))
                .set(
                        REFERRAL_EVENTS.REASON_CODE,
                        event.reasonCode().map(DeclineReason::name).orElse(null))
                .execute();
    }

    /**
     * The two parties' shared timeline and, merged into it by time, the viewer's own private history
     * of assignments (which the other party never sees).
     */
    @Override
    public List<ReferralEvent> events(TenantId viewer, UUID referralId) {
        List<ReferralEvent> events = new ArrayList<>(sharedEvents(viewer, referralId));
        events.addAll(assignmentEvents(viewer, referralId));
        // a stable sort: at equal times the shared events keep their order and come first
        events.sort(Comparator.comparing(ReferralEvent::occurredAt));
        return events;
    }

    private List<ReferralEvent> assignmentEvents(TenantId viewer, UUID referralId) {
        return database.dsl()
                .select(
                        REFERRAL_ASSIGNMENT_EVENTS.ID,
                        REFERRAL_ASSIGNMENT_EVENTS.ACTION,
                        REFERRAL_ASSIGNMENT_EVENTS.REFERRAL_STATE,
                        REFERRAL_ASSIGNMENT_EVENTS.ACTOR_ID,
                        REFERRAL_ASSIGNMENT_EVENTS.ACTOR_NAME,
                        REFERRAL_ASSIGNMENT_EVENTS.TENANT_ID,
                        AUTHOR.SLUG,
                        REFERRAL_ASSIGNMENT_EVENTS.ASSIGNEE_ID,
                        REFERRAL_ASSIGNMENT_EVENTS.ASSIGNEE_NAME,
                        REFERRAL_ASSIGNMENT_EVENTS.OCCURRED_AT)
                .from(REFERRAL_ASSIGNMENT_EVENTS)
                .join(AUTHOR)
                .on(AUTHOR.ID.eq(REFERRAL_ASSIGNMENT_EVENTS.TENANT_ID))
                .where(REFERRAL_ASSIGNMENT_EVENTS.REFERRAL_ID.eq(referralId))
                .and(Tenancy.ownedBy(REFERRAL_ASSIGNMENT_EVENTS.TENANT_ID, viewer))
                .orderBy(REFERRAL_ASSIGNMENT_EVENTS.SEQ)
                .fetch(r -> {
                    ReferralState state = ReferralState.valueOf(r.get(REFERRAL_ASSIGNMENT_EVENTS.REFERRAL_STATE));
                    Optional<Assignment.Assignee> assignee = Optional.ofNullable(
                                    r.get(REFERRAL_ASSIGNMENT_EVENTS.ASSIGNEE_ID))
                            .map(id -> new Assignment.Assignee(id, r.get(REFERRAL_ASSIGNMENT_EVENTS.ASSIGNEE_NAME)));
                    return new ReferralEvent(
                            r.get(REFERRAL_ASSIGNMENT_EVENTS.ID),
                            r.get(REFERRAL_ASSIGNMENT_EVENTS.ACTION),
                            Optional.of(state),
                            state,
                            r.get(REFERRAL_ASSIGNMENT_EVENTS.ACTOR_ID),
                            r.get(REFERRAL_ASSIGNMENT_EVENTS.ACTOR_NAME),
                            new ReferralParty(
                                    new TenantId(r.get(REFERRAL_ASSIGNMENT_EVENTS.TENANT_ID)),
                                    new TenantSlug(r.get(AUTHOR.SLUG))),
                            Optional.empty(),
                            Optional.empty(),
                            r.get(REFERRAL_ASSIGNMENT_EVENTS.OCCURRED_AT).toInstant(),
                            Optional.empty(),
                            assignee);
                });
    }

    private List<ReferralEvent> sharedEvents(TenantId viewer, UUID referralId) {
        return database.dsl()
                .select(
                        REFERRAL_EVENTS.ID,
                        REFERRAL_EVENTS.ACTION,
                        REFERRAL_EVENTS.FROM_STATE,
                        REFERRAL_EVENTS.TO_STATE,
                        REFERRAL_EVENTS.ACTOR_ID,
                        REFERRAL_EVENTS.ACTOR_NAME,
                        REFERRAL_EVENTS.ACTOR_TENANT_ID,
                        AUTHOR.SLUG,
                        REFERRAL_EVENTS.NOTE_KEY_ID,
                        REFERRAL_EVENTS.NOTE_CIPHERTEXT,
                        REFERRAL_EVENTS.SUGGESTED_RECEIVER,
                        REFERRAL_EVENTS.OCCURRED_AT,
                        REFERRAL_EVENTS.REASON_CODE)
                .from(REFERRAL_EVENTS)
                .join(AUTHOR)
                .on(AUTHOR.ID.eq(REFERRAL_EVENTS.ACTOR_TENANT_ID))
                .where(REFERRAL_EVENTS.REFERRAL_ID.eq(referralId))
                .and(Tenancy.partyTo(REFERRAL_EVENTS.SENDER_TENANT_ID, REFERRAL_EVENTS.RECEIVER_TENANT_ID, viewer))
                .orderBy(REFERRAL_EVENTS.SEQ)
                .fetch(r -> {
                    UUID id = r.get(REFERRAL_EVENTS.ID);
                    Optional<String> note = codec.openOptionalText(
                            r.get(REFERRAL_EVENTS.NOTE_KEY_ID),
                            r.get(REFERRAL_EVENTS.NOTE_CIPHERTEXT),
                            SealedColumns.EVENT_NOTE.context(id));
                    return new ReferralEvent(
                            id,
                            r.get(REFERRAL_EVENTS.ACTION),
                            Optional.ofNullable(r.get(REFERRAL_EVENTS.FROM_STATE))
                                    .map(ReferralState::valueOf),
                            ReferralState.valueOf(r.get(REFERRAL_EVENTS.TO_STATE)),
                            r.get(REFERRAL_EVENTS.ACTOR_ID),
                            r.get(REFERRAL_EVENTS.ACTOR_NAME),
                            new ReferralParty(
                                    new TenantId(r.get(REFERRAL_EVENTS.ACTOR_TENANT_ID)),
                                    new TenantSlug(r.get(AUTHOR.SLUG))),
                            note,
                            Optional.ofNullable(r.get(REFERRAL_EVENTS.SUGGESTED_RECEIVER))
                                    .map(TenantSlug::new),
                            r.get(REFERRAL_EVENTS.OCCURRED_AT).toInstant(),
                            Optional.ofNullable(r.get(REFERRAL_EVENTS.REASON_CODE))
                                    .map(DeclineReason::valueOf),
                            Optional.empty());
                });
    }

    @Override
    public void addMessage(NewReferralMessage message) {
        Sealed body = codec.sealText(message.body(), SealedColumns.MESSAGE_BODY.context(message.id()));
        database.dsl()
                .insertInto(REFERRAL_MESSAGES)
                .set(REFERRAL_MESSAGES.ID, message.id())
                .set(REFERRAL_MESSAGES.REFERRAL_ID, message.referralId())
                .set(
                        REFERRAL_MESSAGES.SENDER_TENANT_ID,
                        message.parties().sender().value())
                .set(
                        REFERRAL_MESSAGES.RECEIVER_TENANT_ID,
                        message.parties().receiver().value())
                .set(REFERRAL_MESSAGES.AUTHOR_TENANT_ID, message.authorTenant().value())
                .set(REFERRAL_MESSAGES.AUTHOR_ID, message.author().id())
                .set(REFERRAL_MESSAGES.AUTHOR_NAME, message.author().name())
                .set(REFERRAL_MESSAGES.BODY_KEY_ID, body.keyId())
                .set(REFERRAL_MESSAGES.BODY_CIPHERTEXT, body.ciphertext())
                .set(REFERRAL_MESSAGES.CREATED_AT, utc(message.at()))
                .execute();
    }

    @Override
    public Page<ReferralMessage> messages(TenantId viewer, UUID referralId, PageRequest page) {
        Condition after = page.after().map(REFERRAL_MESSAGES.SEQ::gt).orElse(DSL.noCondition());
        List<ReferralMessage> rows = database.dsl()
                .select(
                        REFERRAL_MESSAGES.ID,
                        REFERRAL_MESSAGES.SEQ,
                        REFERRAL_MESSAGES.AUTHOR_TENANT_ID,
                        AUTHOR.SLUG,
                        REFERRAL_MESSAGES.AUTHOR_ID,
                        REFERRAL_MESSAGES.AUTHOR_NAME,
                        REFERRAL_MESSAGES.BODY_KEY_ID,
                        REFERRAL_MESSAGES.BODY_CIPHERTEXT,
                        REFERRAL_MESSAGES.CREATED_AT)
                .from(REFERRAL_MESSAGES)
                .join(AUTHOR)
                .on(AUTHOR.ID.eq(REFERRAL_MESSAGES.AUTHOR_TENANT_ID))
                .where(REFERRAL_MESSAGES.REFERRAL_ID.eq(referralId))
                .and(Tenancy.partyTo(REFERRAL_MESSAGES.SENDER_TENANT_ID, REFERRAL_MESSAGES.RECEIVER_TENANT_ID, viewer))
                .and(after)
                .orderBy(REFERRAL_MESSAGES.SEQ)
                .limit(page.limit() + 1)
                .fetch(r -> {
                    UUID id = r.get(REFERRAL_MESSAGES.ID);
                    Optional<String> body = codec.openOptionalText(
                            r.get(REFERRAL_MESSAGES.BODY_KEY_ID),
                            r.get(REFERRAL_MESSAGES.BODY_CIPHERTEXT),
                            SealedColumns.MESSAGE_BODY.context(id));
                    return new ReferralMessage(
                            id,
                            r.get(REFERRAL_MESSAGES.SEQ),
                            new ReferralParty(
                                    new TenantId(r.get(REFERRAL_MESSAGES.AUTHOR_TENANT_ID)),
                                    new TenantSlug(r.get(AUTHOR.SLUG))),
                            r.get(REFERRAL_MESSAGES.AUTHOR_ID),
                            r.get(REFERRAL_MESSAGES.AUTHOR_NAME),
                            body,
                            r.get(REFERRAL_MESSAGES.CREATED_AT).toInstant());
                });
        if (rows.size() > page.limit()) {
            List<ReferralMessage> items = rows.subList(0, page.limit());
            return new Page<>(items, Optional.of(items.get(items.size() - 1).position()));
        }
        return new Page<>(rows, Optional.empty());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
