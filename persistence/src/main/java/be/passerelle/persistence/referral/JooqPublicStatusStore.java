package be.passerelle.persistence.referral;

import static be.passerelle.persistence.jooq.Tables.REFERRAL_STATUS_FAILURES;

import be.passerelle.core.referral.PublicReference;
import be.passerelle.core.referral.PublicStatusRecord;
import be.passerelle.core.referral.PublicStatusStore;
import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.Json;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/**
 * The citizen's status check: the narrow {@code referral_public_status} function (non-personal
 * fields and the code's HMAC only) and the shared failure counts.
 */
final class JooqPublicStatusStore implements PublicStatusStore {
    private final Database database;

    JooqPublicStatusStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<PublicStatusRecord> find(PublicReference reference) {
        return database.dsl()
                .resultQuery(
                        "select access_code_hmac, state, holder_slug, holder_names, holder_languages,"
                                + " citizen_language, updated_at from referral_public_status({0})",
                        DSL.val(reference.value()))
                .fetchOptional(r -> new PublicStatusRecord(
                        r.get(0, byte[].class),
                        ReferralState.valueOf(r.get(1, String.class)),
                        new TenantSlug(r.get(2, String.class)),
                        Json.localized(JSONB.valueOf(r.get(3, String.class))),
                        Arrays.stream(r.get(4, String[].class))
                                .map(code -> Language.fromCode(code).orElseThrow())
                                .toList(),
                        Language.fromCode(r.get(5, String.class)),
                        r.get(6, OffsetDateTime.class).toInstant()));
    }

    @Override
    public int failures(PublicReference reference, LocalDate day) {
        return database.dsl()
                .select(REFERRAL_STATUS_FAILURES.FAILURES)
                .from(REFERRAL_STATUS_FAILURES)
                .where(REFERRAL_STATUS_FAILURES.REFERENCE.eq(reference.value()))
                .and(REFERRAL_STATUS_FAILURES.DAY.eq(day))
                .fetchOptional(REFERRAL_STATUS_FAILURES.FAILURES)
                .orElse(0);
    }

    @Override
    public void recordFailure(PublicReference reference, LocalDate day) {
        database.dsl()
                .insertInto(REFERRAL_STATUS_FAILURES)
                .set(REFERRAL_STATUS_FAILURES.REFERENCE, reference.value())
                .set(REFERRAL_STATUS_FAILURES.DAY, day)
                .set(REFERRAL_STATUS_FAILURES.FAILURES, 1)
                .onConflict(REFERRAL_STATUS_FAILURES.REFERENCE, REFERRAL_STATUS_FAILURES.DAY)
                .doUpdate()
                .set(REFERRAL_STATUS_FAILURES.FAILURES, REFERRAL_STATUS_FAILURES.FAILURES.plus(1))
                .execute();
    }
}
