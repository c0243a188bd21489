package be.passerelle.persistence.referral;

import static be.passerelle.persistence.jooq.Tables.IDEMPOTENCY_KEYS;
import static be.passerelle.persistence.jooq.Tables.REFERRALS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ATTACHMENT_SEGMENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_EVENTS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_MESSAGES;
import static be.passerelle.persistence.jooq.Tables.TENANTS;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.referral.CloseOutcome;
import be.passerelle.core.referral.Consent;
import be.passerelle.core.referral.ErasedReferral;
import be.passerelle.core.referral.ForwardedReferral;
import be.passerelle.core.referral.NewReferral;
import be.passerelle.core.referral.NewReferralEvent;
import be.passerelle.core.referral.NewReferralMessage;
import be.passerelle.core.referral.PersonalData;
import be.passerelle.core.referral.PublicReference;
import be.passerelle.core.referral.Referral;
import be.passerelle.core.referral.ReferralEvent;
import be.passerelle.core.referral.ReferralMessage;
import be.passerelle.core.referral.ReferralParties;
import be.passerelle.core.referral.ReferralParty;
import be.passerelle.core.referral.ReferralProgress;
import be.passerelle.core.referral.ReferralQuery;
import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.referral.Referrals;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.Page;
import be.passerelle.core.shared.PageRequest;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.Tenancy;
import be.passerelle.persistence.jooq.tables.Tenants;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Referrals, their timeline and their thread, seen by one of their two tenants: every query carries
 * {@link Tenancy#partyTo} (the first wall) under the tables' row-level security (the second).
 * Personal data is sealed here on the way in and opened on the way out.
 */
final class JooqReferrals implements Referrals {
    private static final String TABLE = "referrals";
    private static final Tenants SENDER = TENANTS.as("sender");
    private static final Tenants RECEIVER = TENANTS.as("receiver");
    private static final Tenants AUTHOR = TENANTS.as("author");

    /** The columns of every read; the personal ones are added only for a single referral. */
    private static final List<Field<?>> COLUMNS = List.of(
            REFERRALS.ID,
            REFERRALS.SEQ,
            REFERRALS.PUBLIC_REFERENCE,
            REFERRALS.SENDER_TENANT_ID,
            SENDER.SLUG,
            REFERRALS.RECEIVER_TENANT_ID,
            RECEIVER.SLUG,
            REFERRALS.STATE,
            REFERRALS.VERSION,
            REFERRALS.SUBJECT,
            REFERRALS.SECTOR,
            REFERRALS.LANGUAGE,
            REFERRALS.CITIZEN_REGION,
            REFERRALS.CITIZEN_LANGUAGE,
            REFERRALS.PRIOR_CONTACT_MADE,
            REFERRALS.EXTERNAL_REFERENCE,
            REFERRALS.CONSENT_OBTAINED_AT,
            REFERRALS.CONSENT_CHANNEL,
            REFERRALS.CONSENT_TEXT_VERSION,
            REFERRALS.DUE_AT,
            REFERRALS.CREATED_AT,
            REFERRALS.UPDATED_AT,
            REFERRALS.ACKNOWLEDGED_AT,
            REFERRALS.ACCEPTED_AT,
            REFERRALS.FINISHED_AT,
            REFERRALS.OUTCOME,
            REFERRALS.FORWARDED_FROM,
            REFERRALS.FORWARDED_TO);

    private static final List<Field<?>> PERSONAL_COLUMNS =
            List.of(REFERRALS.PERSONAL_DATA_KEY_ID, REFERRALS.CITIZEN_CIPHERTEXT, REFERRALS.SUMMARY_CIPHERTEXT);

    private final Database database;
    private final PersonalDataCodec codec;

    JooqReferrals(Database database, PersonalDataCipher cipher) {
        this.database = database;
        this.codec = new PersonalDataCodec(cipher);
    }

    @Override
    public boolean insert(NewReferral referral) {
        UUID id = referral.id();
        Optional<Sealed> citizen = referral.personalData()
                .map(p -> codec.sealCitizen(p.citizen(), PersonalDataCodec.context(TABLE, id, "citizen")));
        Optional<Sealed> summary = referral.personalData()
                .map(p -> codec.sealText(p.summary(), PersonalDataCodec.context(TABLE, id, "summary")));
        OffsetDateTime created = utc(referral.createdAt());
        return database.dsl()
                        .insertInto(REFERRALS)
                        .set(REFERRALS.ID, id)
                        .set(
                                REFERRALS.SENDER_TENANT_ID,
                                referral.parties().sender().value())
                        .set(
                                REFERRALS.RECEIVER_TENANT_ID,
                                referral.parties().receiver().value())
                        .set(REFERRALS.PUBLIC_REFERENCE, referral.reference().value())
                        .set(REFERRALS.ACCESS_CODE_HMAC, referral.accessCodeDigest())
                        .set(REFERRALS.STATE, ReferralState.SENT.name())
                        .set(REFERRALS.VERSION, 0)
                        .set(REFERRALS.SUBJECT, referral.subject())
                        .set(REFERRALS.SECTOR, referral.sector())
                        .set(REFERRALS.LANGUAGE, referral.language().code())
                        .set(REFERRALS.CITIZEN_REGION, referral.citizenRegion().orElse(null))
                        .set(
                                REFERRALS.CITIZEN_LANGUAGE,
                                referral.citizenLanguage().map(Language::code).orElse(null))
                        .set(REFERRALS.PRIOR_CONTACT_MADE, referral.priorContactMade())
                        .set(
                                REFERRALS.EXTERNAL_REFERENCE,
                                referral.externalReference().orElse(null))
                        .set(
                                REFERRALS.CONSENT_OBTAINED_AT,
                                referral.consent().map(c -> utc(c.obtainedAt())).orElse(null))
                        .set(
                                REFERRALS.CONSENT_CHANNEL,
                                referral.consent().map(Consent::channel).orElse(null))
                        .set(
                                REFERRALS.CONSENT_TEXT_VERSION,
                                referral.consent().map(Consent::textVersion).orElse(null))
                        .set(
                                REFERRALS.PERSONAL_DATA_KEY_ID,
                                citizen.map(Sealed::keyId).orElse(null))
                        .set(
                                REFERRALS.CITIZEN_CIPHERTEXT,
                                citizen.map(Sealed::ciphertext).orElse(null))
                        .set(
                                REFERRALS.SUMMARY_CIPHERTEXT,
                                summary.map(Sealed::ciphertext).orElse(null))
                        .set(REFERRALS.DUE_AT, utc(referral.dueAt()))
                        .set(REFERRALS.CREATED_AT, created)
                        .set(REFERRALS.UPDATED_AT, created)
                        .set(REFERRALS.FORWARDED_FROM, referral.forwardedFrom().orElse(null))
                        .onConflict(REFERRALS.PUBLIC_REFERENCE)
                        .doNothing()
                        .execute()
                == 1;
    }

    @Override
    public Optional<Referral> find(TenantId viewer, UUID id) {
        List<Field<?>> columns = new ArrayList<>(COLUMNS);
        columns.addAll(PERSONAL_COLUMNS);
        return database.dsl()
                .select(columns)
                .from(REFERRALS)
                .join(SENDER)
                .on(SENDER.ID.eq(REFERRALS.SENDER_TENANT_ID))
                .join(RECEIVER)
                .on(RECEIVER.ID.eq(REFERRALS.RECEIVER_TENANT_ID))
                .where(REFERRALS.ID.eq(id))
                .and(Tenancy.partyTo(REFERRALS.SENDER_TENANT_ID, REFERRALS.RECEIVER_TENANT_ID, viewer))
                .fetchOptional(r -> toReferral(r, personalData(r)))
                .map(this::withForward);
    }

    /** Adds what the parties may know of the chained referral, through the narrow database function. */
    private Referral withForward(Referral referral) {
        if (referral.forwardedTo().isEmpty()) {
            return referral;
        }
        Optional<ForwardedReferral> forward = database.dsl()
                .resultQuery("select id, receiver_slug, state from referral_forwarded_to({0})", DSL.val(referral.id()))
                .fetchOptional(r -> new ForwardedReferral(
                        r.get(0, UUID.class),
                        new TenantSlug(r.get(1, String.class)),
                        ReferralState.valueOf(r.get(2, String.class))));
        return new Referral(
                referral.id(),
                referral.position(),
                referral.reference(),
                referral.sender(),
                referral.receiver(),
                referral.progress(),
                referral.version(),
                referral.subject(),
                referral.sector(),
                referral.language(),
                referral.citizenRegion(),
                referral.citizenLanguage(),
                referral.priorContactMade(),
                referral.externalReference(),
                referral.consent(),
                referral.personalData(),
                referral.dueAt(),
                referral.createdAt(),
                referral.updatedAt(),
                referral.forwardedFrom(),
                referral.forwardedTo(),
                forward);
    }

    @Override
    public Page<Referral> list(TenantId viewer, ReferralQuery query, Instant now, PageRequest page) {
        Condition box = query.box() == ReferralQuery.Box.SENT
                ? Tenancy.ownedBy(REFERRALS.SENDER_TENANT_ID, viewer)
                : Tenancy.ownedBy(REFERRALS.RECEIVER_TENANT_ID, viewer);
        Condition filters = DSL.noCondition();
        if (query.state().isPresent()) {
            filters = filters.and(REFERRALS.STATE.eq(query.state().get().name()));
        }
        if (query.sector().isPresent()) {
            filters = filters.and(REFERRALS.SECTOR.eq(query.sector().get()));
        }
        if (query.overdue()) {
            filters = filters.and(REFERRALS.STATE.eq(ReferralState.SENT.name())).and(REFERRALS.DUE_AT.lt(utc(now)));
        }
        if (query.text().isPresent()) {
            String text = query.text().get();
            filters = filters.and(REFERRALS
                    .PUBLIC_REFERENCE
                    .eq(text.toUpperCase(Locale.ROOT))
                    .or(REFERRALS.EXTERNAL_REFERENCE.containsIgnoreCase(text))
                    .or(REFERRALS.SUBJECT.containsIgnoreCase(text)));
        }
        Condition after = page.after().map(REFERRALS.SEQ::lt).orElse(DSL.noCondition());
        List<Referral> rows = database.dsl()
                .select(COLUMNS)
                .from(REFERRALS)
                .join(SENDER)
                .on(SENDER.ID.eq(REFERRALS.SENDER_TENANT_ID))
                .join(RECEIVER)
                .on(RECEIVER.ID.eq(REFERRALS.RECEIVER_TENANT_ID))
                .where(box.and(filters).and(after))
                .orderBy(REFERRALS.SEQ.desc())
                .limit(page.limit() + 1)
                .fetch(r -> toReferral(r, Optional.empty()));
        if (rows.size() > page.limit()) {
            List<Referral> items = rows.subList(0, page.limit());
            return new Page<>(items, Optional.of(items.get(items.size() - 1).position()));
        }
        return new Page<>(rows, Optional.empty());
    }

    @Override
    public boolean update(TenantId viewer, UUID id, int expectedVersion, ReferralProgress next, Instant at) {
        return database.dsl()
                        .update(REFERRALS)
                        .set(REFERRALS.STATE, next.state().name())
                        .set(REFERRALS.VERSION, REFERRALS.VERSION.plus(1))
                        .set(REFERRALS.UPDATED_AT, utc(at))
                        .set(
                                REFERRALS.ACKNOWLEDGED_AT,
                                next.acknowledgedAt().map(JooqReferrals::utc).orElse(null))
                        .set(
                                REFERRALS.ACCEPTED_AT,
                                next.acceptedAt().map(JooqReferrals::utc).orElse(null))
                        .set(
                                REFERRALS.FINISHED_AT,
                                next.finishedAt().map(JooqReferrals::utc).orElse(null))
                        .set(
                                REFERRALS.OUTCOME,
                                next.outcome().map(CloseOutcome::name).orElse(null))
                        .where(REFERRALS.ID.eq(id))
                        .and(REFERRALS.VERSION.eq(expectedVersion))
                        .and(Tenancy.partyTo(REFERRALS.SENDER_TENANT_ID, REFERRALS.RECEIVER_TENANT_ID, viewer))
                        .execute()
                == 1;
    }

    @Override
    public void markForwarded(TenantId viewer, UUID id, UUID forwardedTo) {
        database.dsl()
                .update(REFERRALS)
                .set(REFERRALS.FORWARDED_TO, forwardedTo)
                .where(REFERRALS.ID.eq(id))
                .and(Tenancy.partyTo(REFERRALS.SENDER_TENANT_ID, REFERRALS.RECEIVER_TENANT_ID, viewer))
                .execute();
    }

    @Override
    public void appendEvent(NewReferralEvent event) {
        Optional<Sealed> note = event.note()
                .map(n -> codec.sealText(n, PersonalDataCodec.context("referral_events", event.id(), "note")));
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
                .execute();
    }

    @Override
    public List<ReferralEvent> events(TenantId viewer, UUID referralId) {
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
                        REFERRAL_EVENTS.OCCURRED_AT)
                .from(REFERRAL_EVENTS)
                .join(AUTHOR)
                .on(AUTHOR.ID.eq(REFERRAL_EVENTS.ACTOR_TENANT_ID))
                .where(REFERRAL_EVENTS.REFERRAL_ID.eq(referralId))
                .and(Tenancy.partyTo(REFERRAL_EVENTS.SENDER_TENANT_ID, REFERRAL_EVENTS.RECEIVER_TENANT_ID, viewer))
                .orderBy(REFERRAL_EVENTS.SEQ)
                .fetch(r -> {
                    UUID id = r.get(REFERRAL_EVENTS.ID);
                    Optional<String> note = Optional.ofNullable(r.get(REFERRAL_EVENTS.NOTE_KEY_ID))
                            .map(keyId -> codec.openText(
                                    keyId,
                                    r.get(REFERRAL_EVENTS.NOTE_CIPHERTEXT),
                                    PersonalDataCodec.context("referral_events", id, "note")));
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
                            r.get(REFERRAL_EVENTS.OCCURRED_AT).toInstant());
                });
    }

    @Override
    public void addMessage(NewReferralMessage message) {
        Sealed body =
                codec.sealText(message.body(), PersonalDataCodec.context("referral_messages", message.id(), "body"));
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
                    Optional<String> body = Optional.ofNullable(r.get(REFERRAL_MESSAGES.BODY_KEY_ID))
                            .map(keyId -> codec.openText(
                                    keyId,
                                    r.get(REFERRAL_MESSAGES.BODY_CIPHERTEXT),
                                    PersonalDataCodec.context("referral_messages", id, "body")));
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

    @Override
    public List<ErasedReferral> erasePersonalData(UUID referralId, Instant at) {
        requireSystemOperation();
        // The referral and every referral forwarded from or to it, in both directions.
        List<UUID> chain = database.dsl()
                .resultQuery(
                        "with recursive chain(id) as (select {0}::uuid union select r.id from referrals r"
                                + " join chain c on r.forwarded_from = c.id or r.forwarded_to = c.id)"
                                + " select id from chain",
                        DSL.val(referralId))
                .fetch(r -> r.get(0, UUID.class));
        database.dsl()
                .update(REFERRALS)
                .setNull(REFERRALS.PERSONAL_DATA_KEY_ID)
                .setNull(REFERRALS.CITIZEN_CIPHERTEXT)
                .setNull(REFERRALS.SUMMARY_CIPHERTEXT)
                .set(REFERRALS.PERSONAL_DATA_ERASED_AT, utc(at))
                .set(REFERRALS.VERSION, REFERRALS.VERSION.plus(1))
                .set(REFERRALS.UPDATED_AT, utc(at))
                .where(REFERRALS.ID.in(chain))
                .and(REFERRALS.PERSONAL_DATA_ERASED_AT.isNull())
                .execute();
        database.dsl()
                .update(REFERRAL_EVENTS)
                .setNull(REFERRAL_EVENTS.NOTE_KEY_ID)
                .setNull(REFERRAL_EVENTS.NOTE_CIPHERTEXT)
                .where(REFERRAL_EVENTS.REFERRAL_ID.in(chain))
                .and(REFERRAL_EVENTS.NOTE_KEY_ID.isNotNull())
                .execute();
        database.dsl()
                .update(REFERRAL_MESSAGES)
                .setNull(REFERRAL_MESSAGES.BODY_KEY_ID)
                .setNull(REFERRAL_MESSAGES.BODY_CIPHERTEXT)
                .set(REFERRAL_MESSAGES.ERASED_AT, utc(at))
                .where(REFERRAL_MESSAGES.REFERRAL_ID.in(chain))
                .and(REFERRAL_MESSAGES.BODY_KEY_ID.isNotNull())
                .execute();
        database.dsl()
                .deleteFrom(REFERRAL_ATTACHMENT_SEGMENTS)
                .where(REFERRAL_ATTACHMENT_SEGMENTS.ATTACHMENT_ID.in(DSL.select(REFERRAL_ATTACHMENTS.ID)
                        .from(REFERRAL_ATTACHMENTS)
                        .where(REFERRAL_ATTACHMENTS.REFERRAL_ID.in(chain))))
                .execute();
        database.dsl()
                .update(REFERRAL_ATTACHMENTS)
                .setNull(REFERRAL_ATTACHMENTS.KEY_ID)
                .setNull(REFERRAL_ATTACHMENTS.FILE_NAME_CIPHERTEXT)
                .setNull(REFERRAL_ATTACHMENTS.CONTENT_CIPHERTEXT)
                .set(REFERRAL_ATTACHMENTS.ERASED_AT, utc(at))
                .where(REFERRAL_ATTACHMENTS.REFERRAL_ID.in(chain))
                .and(REFERRAL_ATTACHMENTS.KEY_ID.isNotNull())
                .execute();
        // The key stays (a retry must not create the referral again); its response goes.
        database.dsl()
                .update(IDEMPOTENCY_KEYS)
                .setNull(IDEMPOTENCY_KEYS.RESPONSE_KEY_ID)
                .setNull(IDEMPOTENCY_KEYS.RESPONSE_CIPHERTEXT)
                .where(IDEMPOTENCY_KEYS.RESOURCE_ID.in(chain))
                .and(IDEMPOTENCY_KEYS.RESPONSE_KEY_ID.isNotNull())
                .execute();
        return database.dsl()
                .select(REFERRALS.ID, REFERRALS.SENDER_TENANT_ID, REFERRALS.RECEIVER_TENANT_ID)
                .from(REFERRALS)
                .where(REFERRALS.ID.in(chain))
                .orderBy(REFERRALS.CREATED_AT)
                .fetch(r -> new ErasedReferral(
                        r.get(REFERRALS.ID),
                        new ReferralParties(
                                new TenantId(r.get(REFERRALS.SENDER_TENANT_ID)),
                                new TenantId(r.get(REFERRALS.RECEIVER_TENANT_ID)))));
    }

    @Override
    public List<UUID> holdingExpiredPersonalData(Instant finishedBefore, Instant createdBefore, int limit) {
        requireSystemOperation();
        return database.dsl()
                .select(REFERRALS.ID)
                .from(REFERRALS)
                .where(REFERRALS.PERSONAL_DATA_ERASED_AT.isNull())
                .and(REFERRALS.FINISHED_AT.lt(utc(finishedBefore)).or(REFERRALS.CREATED_AT.lt(utc(createdBefore))))
                .orderBy(REFERRALS.CREATED_AT)
                .limit(limit)
                .fetch(REFERRALS.ID);
    }

    private void requireSystemOperation() {
        if (!database.inSystemOperation()) {
            throw new IllegalStateException("personal data is erased across tenants only by a system operation");
        }
    }

    private Optional<PersonalData> personalData(Record r) {
        String keyId = r.get(REFERRALS.PERSONAL_DATA_KEY_ID);
        if (keyId == null) {
            return Optional.empty();
        }
        UUID id = r.get(REFERRALS.ID);
        return Optional.of(new PersonalData(
                codec.openCitizen(
                        keyId, r.get(REFERRALS.CITIZEN_CIPHERTEXT), PersonalDataCodec.context(TABLE, id, "citizen")),
                codec.openText(
                        keyId, r.get(REFERRALS.SUMMARY_CIPHERTEXT), PersonalDataCodec.context(TABLE, id, "summary"))));
    }

    private static Referral toReferral(Record r, Optional<PersonalData> personalData) {
        ReferralState state = ReferralState.valueOf(r.get(REFERRALS.STATE));
        ReferralProgress progress = new ReferralProgress(
                state,
                instant(r.get(REFERRALS.ACKNOWLEDGED_AT)),
                instant(r.get(REFERRALS.ACCEPTED_AT)),
                instant(r.get(REFERRALS.FINISHED_AT)),
                Optional.ofNullable(r.get(REFERRALS.OUTCOME)).map(CloseOutcome::valueOf));
        Optional<Consent> consent = instant(r.get(REFERRALS.CONSENT_OBTAINED_AT))
                .map(at ->
                        new Consent(true, at, r.get(REFERRALS.CONSENT_CHANNEL), r.get(REFERRALS.CONSENT_TEXT_VERSION)));
        return new Referral(
                r.get(REFERRALS.ID),
                r.get(REFERRALS.SEQ),
                new PublicReference(r.get(REFERRALS.PUBLIC_REFERENCE)),
                new ReferralParty(new TenantId(r.get(REFERRALS.SENDER_TENANT_ID)), new TenantSlug(r.get(SENDER.SLUG))),
                new ReferralParty(
                        new TenantId(r.get(REFERRALS.RECEIVER_TENANT_ID)), new TenantSlug(r.get(RECEIVER.SLUG))),
                progress,
                r.get(REFERRALS.VERSION),
                r.get(REFERRALS.SUBJECT),
                r.get(REFERRALS.SECTOR),
                Language.fromCode(r.get(REFERRALS.LANGUAGE)).orElseThrow(),
                Optional.ofNullable(r.get(REFERRALS.CITIZEN_REGION)),
                Optional.ofNullable(r.get(REFERRALS.CITIZEN_LANGUAGE)).flatMap(Language::fromCode),
                r.get(REFERRALS.PRIOR_CONTACT_MADE),
                Optional.ofNullable(r.get(REFERRALS.EXTERNAL_REFERENCE)),
                consent,
                personalData,
                r.get(REFERRALS.DUE_AT).toInstant(),
                r.get(REFERRALS.CREATED_AT).toInstant(),
                r.get(REFERRALS.UPDATED_AT).toInstant(),
                Optional.ofNullable(r.get(REFERRALS.FORWARDED_FROM)),
                Optional.ofNullable(r.get(REFERRALS.FORWARDED_TO)),
                Optional.empty());
    }

    private static Optional<Instant> instant(OffsetDateTime value) {
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
