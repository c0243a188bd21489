package be.passerelle.api.referral;

import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.infra.testing.PersonalDataMarkers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The citizen's anonymous status check: holder and state only, no enumeration, locks after 10 failures. */
class PublicReferralStatusIT extends ApiIntegrationTest {
    private static final String STATUS = "/api/v1/public/referral-status";

    @Test
    void the_citizen_sees_who_holds_the_case_and_its_state_in_their_language_and_nothing_personal() {
        JsonNode created = create("nl");
        String reference = created.path("reference").asString();
        String code = created.path("accessCode").asString();
        Response status = status(reference, code.toLowerCase());
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().path("state").asString()).isEqualTo("SENT");
        assertThat(status.json().path("stateLabel").asString()).isEqualTo("Doorgestuurd");
        assertThat(status.json().path("institution").asString()).isEqualTo("energy-ombudsman");
        assertThat(status.json().path("language").asString()).isEqualTo("nl");
        assertThat(status.body())
                .doesNotContain("Dupont")
                .doesNotContain("summary")
                .doesNotContain("Jeanne")
                .doesNotContainIgnoringCase(PersonalDataMarkers.MARKER);

        String id = created.path("id").asString();
        Response forwarded = send(
                "POST",
                "/api/v1/referrals/" + id + "/forward",
                tokenOf("nrj-agent"),
                "application/json",
                "{\"receiver\":\"federal-ombudsman\"}");
        assertThat(forwarded.status()).isEqualTo(200);
        Response followed = status(reference, code);
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.json().path("institution").asString()).isEqualTo("federal-ombudsman");
        assertThat(followed.json().path("state").asString()).isEqualTo("SENT");
    }

    @Test
    void a_wrong_reference_and_a_wrong_code_give_the_same_404() {
        JsonNode created = create("fr");
        String reference = created.path("reference").asString();
        Response wrongCode = status(reference, "0000-0000-00000");
        Response wrongReference =
                status("PSR-2026-ZZZZZZ", created.path("accessCode").asString());
        Response garbage = status("nothing", "x");
        for (Response response : new Response[] {wrongCode, wrongReference, garbage}) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.json().path("detail").asString())
                    .isEqualTo(wrongCode.json().path("detail").asString());
            assertThat(response.json().path("title").asString())
                    .isEqualTo(wrongCode.json().path("title").asString());
        }
    }

    @Test
    void a_reference_locks_for_the_day_after_ten_failures() {
        JsonNode created = create("fr");
        String reference = created.path("reference").asString();
        String code = created.path("accessCode").asString();
        for (int i = 0; i < 10; i++) {
            assertThat(status(reference, "0000-0000-0000" + (i % 10)).status()).isEqualTo(404);
        }
        assertThat(status(reference, code).status()).isEqualTo(404);
    }

    private Response status(String reference, String code) {
        return get(
                STATUS + "?reference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8) + "&code="
                        + URLEncoder.encode(code, StandardCharsets.UTF_8),
                null);
    }

    private JsonNode create(String citizenLanguage) {
        Response created = submit(
                aReferral().from(WAL).to(NRJ).citizenSpeaking(citizenLanguage).withoutPriorContact());
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }
}
