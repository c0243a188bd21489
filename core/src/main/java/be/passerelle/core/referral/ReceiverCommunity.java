package be.passerelle.core.referral;

import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.Tenant;
import java.util.Optional;

/**
 * Which community holiday a receiver observes, for its acknowledgement deadline (SPEC §4.3).
 *
 * <p>The rule, until the directory records it per institution: a federal or sectoral institution
 * observes the legal holidays only; a regional, community or local one observes the holiday of the
 * community of its first language ({@code nl} → {@link Community#VG}, {@code fr} → {@link
 * Community#FWB}, {@code de} → {@link Community#DG}; {@code en} or no language → none).
 */
public final class ReceiverCommunity {
    private ReceiverCommunity() {}

    public static Optional<Community> of(Tenant receiver) {
        return switch (receiver.kind()) {
            case FEDERAL, SECTORAL -> Optional.empty();
            case REGIONAL, COMMUNITY, LOCAL ->
                receiver.languages().stream().findFirst().flatMap(ReceiverCommunity::ofLanguage);
        };
    }

    private static Optional<Community> ofLanguage(Language language) {
        return switch (language) {
            case NL -> Optional.of(Community.VG);
            case FR -> Optional.of(Community.FWB);
            case DE -> Optional.of(Community.DG);
            case EN -> Optional.empty();
        };
    }
}
