package be.passerelle.web.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the pages read their parameters and place the API's field problems. */
class FormMappingTest {

    @ParameterizedTest
    @CsvSource({
        "consent, consentGiven",
        "consent.given, consentGiven",
        "consent.textVersion, consentGiven",
        "consent.channel, consentChannel",
        "consent.obtainedAt, consentObtainedAt",
        "citizen.phone, phone",
        "citizen.preferredLanguage, preferredLanguage",
        "subject, subject",
        "receiver, receiver"
    })
    void an_api_field_path_is_shown_next_to_its_form_field(String apiField, String formField) {
        assertThat(NewReferralController.formField(apiField)).isEqualTo(formField);
    }

    @ParameterizedTest
    @CsvSource(
            value = {
                "SENT, energy, true, SENT, energy, true",
                "sent, energy, false, null, energy, false",
                "SENT, 'Energy!', yes, SENT, null, false",
                "null, public-administration, null, null, public-administration, false",
                "BOGUS, '', null, null, null, false"
            },
            nullValues = "null")
    void only_known_states_well_formed_sectors_and_true_become_filters(
            String state, String sector, String overdue, String wantState, String wantSector, boolean wantOverdue) {
        assertThat(BoxController.filter(state, sector, overdue, null))
                .isEqualTo(new Referrals.Filter(wantState, wantSector, wantOverdue, null));
    }

    @ParameterizedTest
    @CsvSource(
            value = {"me, me", "none, none", "ME, null", "someone, null", "'', null", "null, null"},
            nullValues = "null")
    void only_me_and_none_become_assignment_filters(String assignee, String wanted) {
        assertThat(BoxController.filter(null, null, null, assignee).assignee()).isEqualTo(wanted);
    }
}
