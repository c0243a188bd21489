package be.passerelle.persistence.referral;

import static be.passerelle.persistence.jooq.Tables.REFERRALS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_ASSIGNMENTS;
import static be.passerelle.persistence.jooq.Tables.TENANTS;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.referral.Assignment;
import be.passerelle.core.referral.CaseFacts;
import be.passerelle.core.referral.CloseOutcome;
import be.passerelle.core.referral.Consent;
import be.passerelle.core.referral.ForwardedReferral;
import be.passerelle.core.referral.NewReferral;
import be.passerelle.core.referral.PersonalData;
import be.passerelle.core.referral.PublicReference;
import be.passerelle.core.referral.Referral;
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
import be.passerelle.persistence.SealedColumns;
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
 * Referrals seen by one of their two tenants: every query carries {@link Tenancy#partyTo} (the first
 * wall) under the table's row-level security (the second). Personal data is sealed here on the way
 * in and opened on the way out.
 */
final class JooqReferralStore implements Referrals {
    private static final Tenants SENDER = TENANTS.as("sender");
    private static final Tenants RECEIVER = TENANTS.as("receiver");

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
            REFERRALS.FORWARDED_TO,
            REFERRAL_ASSIGNMENTS.ASSIGNEE_ID,
            REFERRAL_ASSIGNMENTS.ASSIGNEE_NAME,
            REFERRAL_ASSIGNMENTS.ASSIGNED_AT,
            REFERRAL_ASSIGNMENTS.ASSIGNED_BY);

    private static final List<Field<?>> PERSONAL_COLUMNS =
            List.of(REFERRALS.PERSONAL_DATA_KEY_ID, REFERRALS.CITIZEN_CIPHERTEXT, REFERRALS.SUMMARY_CIPHERTEXT);

    private final Database database;
    private final PersonalDataCodec codec;

    JooqReferralStore(Database database, PersonalDataCipher cipher) {
        this.database = database;
        this.codec = new PersonalDataCodec(cipher);
    }

    @Override
    public boolean insert(NewReferral referral) {
        UUID id = referral.id();
        CaseFacts facts = referral.facts();
        Optional<Sealed> citizen = facts.personalData()
                .map(p -> codec.sealCitizen(p.citizen(), SealedColumns.REFERRAL_CITIZEN.context(id)));
        Optional<Sealed> summary =
                facts.personalData().map(p -> codec.sealText(p.summary(), SealedColumns.REFERRAL_SUMMARY.context(id)));
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
                        .set(REFERRALS.SUBJECT, facts.subject())
                        .set(REFERRALS.SECTOR, facts.sector())
                        .set(REFERRALS.LANGUAGE, facts.language().code())
                        .set(REFERRALS.CITIZEN_REGION, facts.citizenRegion().orElse(null))
                        .set(
                                REFERRALS.CITIZEN_LANGUAGE,
                                facts.citizenLanguage().map(Language::code).orElse(null))
                        .set(REFERRALS.PRIOR_CONTACT_MADE, facts.priorContactMade())
                        .set(
                                REFERRALS.EXTERNAL_REFERENCE,
                                facts.externalReference().orElse(null))
                        .set(
                                REFERRALS.CONSENT_OBTAINED_AT,
                                facts.consent().map(c -> utc(c.obtainedAt())).orElse(null))
                        .set(
                                REFERRALS.CONSENT_CHANNEL,
                                facts.consent().map(Consent::channel).orElse(null))
                        .set(
                                REFERRALS.CONSENT_TEXT_VERSION,
                                facts.consent().map(Consent::textVersion).orElse(null))
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
                .leftJoin(REFERRAL_ASSIGNMENTS)
                .on(ownAssignment(viewer))
                .where(REFERRALS.ID.eq(id))
                .and(Tenancy.partyTo(REFERRALS.SENDER_TENANT_ID, REFERRALS.RECEIVER_TENANT_ID, viewer))
                .fetchOptional(r -> toReferral(r, personalData(r), forward(r)));
    }

    /**
     * What the parties of a forwarded referral may know of its chained one, through the narrow
     * database function (which takes the forwarded referral's id).
     */
    private Optional<ForwardedReferral> forward(Record forwarded) {
        if (forwarded.get(REFERRALS.FORWARDED_TO) == null) {
            return Optional.empty();
        }
        return database.dsl()
                .resultQuery(
                        "select id, receiver_slug, state from referral_forwarded_to({0})",
                        DSL.val(forwarded.get(REFERRALS.ID)))
                .fetchOptional(r -> new ForwardedReferral(
                        r.get(0, UUID.class),
                        new TenantSlug(r.get(1, String.class)),
                        ReferralState.valueOf(r.get(2, String.class))));
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
        if (query.assignee().isPresent()) {
            filters = filters.and(assignedTo(query.assignee().get()));
        }
        Condition after = page.after().map(REFERRALS.SEQ::lt).orElse(DSL.noCondition());
        List<Referral> rows = database.dsl()
                .select(COLUMNS)
                .from(REFERRALS)
                .join(SENDER)
                .on(SENDER.ID.eq(REFERRALS.SENDER_TENANT_ID))
                .join(RECEIVER)
                .on(RECEIVER.ID.eq(REFERRALS.RECEIVER_TENANT_ID))
                .leftJoin(REFERRAL_ASSIGNMENTS)
                .on(ownAssignment(viewer))
                .where(box.and(filters).and(after))
                .orderBy(REFERRALS.SEQ.desc())
                .limit(page.limit() + 1)
                .fetch(r -> toReferral(r, Optional.empty(), Optional.empty()));
        if (rows.size() > page.limit()) {
            List<Referral> items = rows.subList(0, page.limit());
            return new Page<>(items, Optional.of(items.get(items.size() - 1).position()));
        }
        return new Page<>(rows, Optional.empty());
    }

    private static Condition assignedTo(ReferralQuery.AssigneeFilter filter) {
        if (filter instanceof ReferralQuery.AssigneeFilter.To to) {
            return REFERRAL_ASSIGNMENTS.ASSIGNEE_ID.eq(to.userId());
        }
        return REFERRAL_ASSIGNMENTS.REFERRAL_ID.isNull();
    }

    /** The viewer's own assignment of the referral, never the other party's. */
    private static Condition ownAssignment(TenantId viewer) {
        return REFERRAL_ASSIGNMENTS
                .REFERRAL_ID
                .eq(REFERRALS.ID)
                .and(Tenancy.ownedBy(REFERRAL_ASSIGNMENTS.TENANT_ID, viewer));
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
                                next.acknowledgedAt()
                                        .map(JooqReferralStore::utc)
                                        .orElse(null))
                        .set(
                                REFERRALS.ACCEPTED_AT,
                                next.acceptedAt().map(JooqReferralStore::utc).orElse(null))
                        .set(
                                REFERRALS.FINISHED_AT,
                                next.finishedAt().map(JooqReferralStore::utc).orElse(null))
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

    private Optional<PersonalData> personalData(Record r) {
        String keyId = r.get(REFERRALS.PERSONAL_DATA_KEY_ID);
        if (keyId == null) {
            return Optional.empty();
        }
        UUID id = r.get(REFERRALS.ID);
        return Optional.of(new PersonalData(
                codec.openCitizen(
                        keyId, r.get(REFERRALS.CITIZEN_CIPHERTEXT), SealedColumns.REFERRAL_CITIZEN.context(id)),
                codec.openText(
                        keyId, r.get(REFERRALS.SUMMARY_CIPHERTEXT), SealedColumns.REFERRAL_SUMMARY.context(id))));
    }

    private static Referral toReferral(
            Record r, Optional<PersonalData> personalData, Optional<ForwardedReferral> forward) {
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
                new CaseFacts(
                        r.get(REFERRALS.SUBJECT),
                        r.get(REFERRALS.SECTOR),
                        Language.fromCode(r.get(REFERRALS.LANGUAGE)).orElseThrow(),
                        Optional.ofNullable(r.get(REFERRALS.CITIZEN_REGION)),
                        Optional.ofNullable(r.get(REFERRALS.CITIZEN_LANGUAGE)).flatMap(Language::fromCode),
                        r.get(REFERRALS.PRIOR_CONTACT_MADE),
                        Optional.ofNullable(r.get(REFERRALS.EXTERNAL_REFERENCE)),
                        consent,
                        personalData),
                r.get(REFERRALS.DUE_AT).toInstant(),
                r.get(REFERRALS.CREATED_AT).toInstant(),
                r.get(REFERRALS.UPDATED_AT).toInstant(),
                Optional.ofNullable(r.get(REFERRALS.FORWARDED_FROM)),
                Optional.ofNullable(r.get(REFERRALS.FORWARDED_TO)),
                forward,
                assignment(r));
    }

    private static Optional<Assignment> assignment(Record r) {
        String assignee = r.get(REFERRAL_ASSIGNMENTS.ASSIGNEE_ID);
        if (assignee == null) {
            return Optional.empty();
        }
        return Optional.of(new Assignment(
                new Assignment.Assignee(assignee, r.get(REFERRAL_ASSIGNMENTS.ASSIGNEE_NAME)),
                r.get(REFERRAL_ASSIGNMENTS.ASSIGNED_AT).toInstant(),
                r.get(REFERRAL_ASSIGNMENTS.ASSIGNED_BY)));
    }

    private static Optional<Instant> instant(OffsetDateTime value) {
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
