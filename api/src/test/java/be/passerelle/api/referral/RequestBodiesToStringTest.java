package be.passerelle.api.referral;

import static be.passerelle.infra.testing.PersonalDataMarkers.marked;
import static be.passerelle.infra.testing.PersonalDataMarkers.markedEmail;
import static be.passerelle.infra.testing.PersonalDataMarkers.markedPhone;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.infra.testing.PersonalDataMarkers;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request bodies that carry personal data print none of it (a body in a log line leaks nothing). */
class RequestBodiesToStringTest {
    private static final CreateReferralRequest.ConsentRequest CONSENT =
            new CreateReferralRequest.ConsentRequest(true, Instant.parse("2026-11-20T10:15:30Z"), "phone", "2026-01");

    @Test
    void a_new_referral_prints_its_facts_but_not_the_citizen_nor_the_summary() {
        String phone = markedPhone();
        CreateReferralRequest.CitizenRequest citizen = new CreateReferralRequest.CitizenRequest(
                marked("Jeanne"), marked("Dupont"), markedEmail("jeanne"), phone, "5000", "fr");
        CreateReferralRequest body = new CreateReferralRequest(
                "energy-ombudsman",
                "Facture contestée",
                marked("summary"),
                "energy",
                "fr",
                citizen,
                CONSENT,
                true,
                "EXT-1");

        assertThat(body.toString())
                .contains("energy-ombudsman", "Facture contestée", "EXT-1")
                .doesNotContainIgnoringCase(PersonalDataMarkers.MARKER)
                .doesNotContain(phone);
        assertThat(citizen.toString())
                .doesNotContainIgnoringCase(PersonalDataMarkers.MARKER)
                .doesNotContain(phone);
    }

    @Test
    void reasons_notes_and_messages_print_nothing_of_their_text() {
        List<Object> bodies = List.of(
                new TransitionRequests.DeclineRequest(marked("reason"), "federal-ombudsman", "NOT_COMPETENT"),
                new TransitionRequests.ForwardRequest("federal-ombudsman", marked("note"), CONSENT),
                new TransitionRequests.WithdrawRequest(marked("reason")),
                new NewMessageRequest(marked("message")));

        assertThat(bodies)
                .allSatisfy(body -> assertThat(body.toString()).doesNotContainIgnoringCase(PersonalDataMarkers.MARKER));
        assertThat(bodies.get(0).toString()).contains("federal-ombudsman");
    }

    @Test
    void a_status_check_prints_its_reference_but_not_its_code() {
        String code = marked("code");

        String printed = new PublicStatusController.StatusRequest("PSR-2026-7K3M9Q", code).toString();

        assertThat(printed).contains("PSR-2026-7K3M9Q").doesNotContainIgnoringCase(PersonalDataMarkers.MARKER);
    }
}
