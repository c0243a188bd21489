package be.passerelle.core.referral;

import be.passerelle.core.shared.Language;
import java.util.EnumMap;
import java.util.Map;

/** How a referral's state reads for the citizen, in the network's four languages. */
public final class ReferralStateLabels {
    private static final Map<ReferralState, Map<Language, String>> LABELS = new EnumMap<>(ReferralState.class);

    static {
        put(ReferralState.SENT, "Transmis", "Doorgestuurd", "Übermittelt", "Sent");
        put(ReferralState.ACKNOWLEDGED, "Reçu", "Ontvangen", "Eingegangen", "Received");
        put(ReferralState.ACCEPTED, "Pris en charge", "In behandeling", "In Bearbeitung", "Being handled");
        put(ReferralState.CLOSED, "Clôturé", "Afgesloten", "Abgeschlossen", "Closed");
        put(ReferralState.DECLINED, "Non retenu", "Niet aanvaard", "Nicht angenommen", "Declined");
        put(
                ReferralState.FORWARDED,
                "Transmis à un autre service",
                "Doorgestuurd naar een andere dienst",
                "An eine andere Stelle weitergeleitet",
                "Forwarded to another service");
        put(ReferralState.WITHDRAWN, "Retiré", "Ingetrokken", "Zurückgezogen", "Withdrawn");
    }

    private ReferralStateLabels() {}

    private static void put(ReferralState state, String fr, String nl, String de, String en) {
        Map<Language, String> labels = new EnumMap<>(Language.class);
        labels.put(Language.FR, fr);
        labels.put(Language.NL, nl);
        labels.put(Language.DE, de);
        labels.put(Language.EN, en);
        LABELS.put(state, labels);
    }

    public static String of(ReferralState state, Language language) {
        return LABELS.get(state).get(language);
    }
}
