package be.passerelle.core.referral;

import be.passerelle.core.privacy.SecretDigest;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code GET /public/referral-status?reference=&code=} (SPEC §4.3): anonymous, and rate-limited per
 * client address at the edge (policy {@code citizen-status}). A wrong reference, a wrong code, a malformed one and a locked reference all take the same
 * path (the digest is always computed and compared in constant time, against a dummy on a miss)
 * and give the same 404; a reference locks for the rest of the Brussels day after {@link
 * #MAX_FAILURES_PER_DAY} failures.
 */
public final class CheckReferralStatus {
    public static final int MAX_FAILURES_PER_DAY = 10;
    private static final String DUMMY_CONTEXT = "referral-access-code:dummy";
    private static final String NOT_FOUND = "referral status";

    private final UnitOfWork unitOfWork;
    private final PublicStatusStore store;
    private final SecretDigest digest;
    private final Clock clock;
    private final byte[] dummy;

    public CheckReferralStatus(UnitOfWork unitOfWork, PublicStatusStore store, SecretDigest digest, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.store = store;
        this.digest = digest;
        this.clock = clock;
        this.dummy = digest.digest(DUMMY_CONTEXT, "0000000000000");
    }

    public PublicReferralStatus check(String reference, String code) {
        Optional<PublicReference> parsedReference = PublicReference.parse(reference);
        String typedCode = AccessCode.parse(code).map(AccessCode::value).orElse("");
        LocalDate today = BelgianCalendar.dayOf(clock.instant());
        Optional<PublicReferralStatus> answer = unitOfWork.inShared(() -> {
            Optional<PublicStatusRecord> found = parsedReference.flatMap(store::find);
            boolean locked = parsedReference
                    .map(r -> store.failures(r, today) >= MAX_FAILURES_PER_DAY)
                    .orElse(false);
            byte[] expected = found.map(PublicStatusRecord::accessCodeDigest).orElse(dummy);
            String context =
                    parsedReference.map(IssueReferral::accessCodeContext).orElse(DUMMY_CONTEXT);
            boolean matches = digest.matches(expected, context, typedCode);
            if (found.isEmpty() || locked || !matches || typedCode.isEmpty()) {
                // recorded and committed before answering: the 404 must not roll the count back
                parsedReference.ifPresent(r -> store.recordFailure(r, today));
                return Optional.<PublicReferralStatus>empty();
            }
            PublicStatusRecord status = found.get();
            Language language = status.citizenLanguage().orElse(Language.FR);
            return Optional.of(new PublicReferralStatus(
                    parsedReference.get(),
                    status.state(),
                    ReferralStateLabels.of(status.state(), language),
                    status.holder(),
                    status.holderNames().in(language, status.holderLanguages()),
                    language,
                    status.updatedAt()));
        });
        return answer.orElseThrow(() -> new NotFound(NOT_FOUND));
    }
}
