package be.passerelle.core.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The non-personal facts of a referral that its mails name: public reference, parties, sector (its
 * labels per language), due date, outcome, the last decline's reason code and where it was forwarded.
 */
public record ReferralFacts(
        UUID id,
        String publicReference,
        Institution sender,
        Institution receiver,
        String sector,
        Map<String, String> sectorLabels,
        Instant dueAt,
        Optional<String> outcome,
        Optional<String> declineReasonCode,
        Optional<Institution> forwardedTo) {
    public ReferralFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publicReference, "publicReference");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(sector, "sector");
        sectorLabels = Map.copyOf(sectorLabels);
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(declineReasonCode, "declineReasonCode");
        Objects.requireNonNull(forwardedTo, "forwardedTo");
    }

    String sectorIn(String language) {
        String label = sectorLabels.get(language);
        return label != null ? label : sectorLabels.getOrDefault("en", sector);
    }
}
