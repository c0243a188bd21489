package be.passerelle.core.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.Tenant;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.shared.TenantStatus;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceiverCommunityTest {

    @ParameterizedTest(name = "{0} speaking {1} first observes {2}")
    @CsvSource({
        "REGIONAL, NL, VG",
        "COMMUNITY, FR, FWB",
        "LOCAL, DE, DG",
        "LOCAL, EN, ",
        "FEDERAL, NL, ",
        "FEDERAL, FR, ",
        "SECTORAL, DE, "
    })
    void a_receiver_observes_the_holiday_of_its_first_languages_community_unless_federal_or_sectoral(
            TenantKind kind, Language first, Community expected) {
        Tenant receiver = tenant(kind, List.of(first, Language.EN));
        assertThat(ReceiverCommunity.of(receiver)).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0} without languages observes none")
    @CsvSource({"REGIONAL", "LOCAL"})
    void a_receiver_without_languages_observes_no_community_holiday(TenantKind kind) {
        assertThat(ReceiverCommunity.of(tenant(kind, List.of()))).isEmpty();
    }

    private static Tenant tenant(TenantKind kind, List<Language> languages) {
        return new Tenant(
                new TenantId(UUID.randomUUID()),
                new TenantSlug("receiver"),
                kind,
                new LocalizedText(Map.of(Language.FR, "Médiateur")),
                languages,
                TenantStatus.ACTIVE,
                true,
                5);
    }
}
