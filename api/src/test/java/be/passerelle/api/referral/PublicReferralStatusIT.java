package be.passerelle.api.referral;

import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.infra.testing.PersonalDataLogGuard;
import be.passerelle.infra.testing.PersonalDataMarkers;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The citizen's anonymous status check: holder and state only, no enumeration, locks after 10 failures;
 * the code travels in a POST body and reaches no log line and no metric; the former GET is gone.
 */
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

    @Test
    void the_former_get_with_the_code_in_the_url_is_gone_and_points_to_the_post() {
        JsonNode created = create("fr");
        String reference = created.path("reference").asString();
        String code = created.path("accessCode").asString();

        Response gone = get(STATUS + "?reference=" + reference + "&code=" + code, null);

        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.isProblem()).isTrue();
        assertThat(gone.json().path("type").asString()).isEqualTo("/problems/gone");
        assertThat(gone.json().path("detail").asString()).contains("POST " + STATUS, "body");
        assertThat(gone.json().path("instance").asString()).isEqualTo(STATUS);
        assertThat(gone.body()).doesNotContain(code).doesNotContain(reference);
        assertThat(get(STATUS, null).status()).isEqualTo(410);
    }

    @Test
    void the_code_is_in_no_log_line_even_at_debug_and_in_no_metric() {
        JsonNode created = create("fr");
        String reference = created.path("reference").asString();
        String code = created.path("accessCode").asString();
        String markedCode = PersonalDataMarkers.marked("code");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        lines.setContext(logback);
        lines.start();
        Logger root = logback.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(lines);
        Map<String, Level> levels = new HashMap<>();
        for (String name : List.of("org.springframework.web", "org.springframework.security", "be.passerelle")) {
            levels.put(name, logback.getLogger(name).getLevel());
            logback.getLogger(name).setLevel(Level.DEBUG);
        }
        try {
            assertThat(status(reference, code).status()).isEqualTo(200);
            assertThat(status(reference, markedCode).status()).isEqualTo(404);
        } finally {
            levels.forEach((name, level) -> logback.getLogger(name).setLevel(level));
            root.detachAppender(lines);
        }

        List<String> logged = lines.list.stream()
                .map(event -> event.getFormattedMessage() + " " + event.getMDCPropertyMap())
                .toList();
        assertThat(logged)
                .as("the request and its body were logged at DEBUG")
                .anySatisfy(line -> assertThat(line).contains("StatusRequest[reference=" + reference));
        assertThat(logged).noneSatisfy(line -> assertThat(line).contains(code));
        PersonalDataLogGuard.verify("the status check at DEBUG");

        String metrics = get("/actuator/prometheus", null).body();
        assertThat(metrics)
                .contains("uri=\"" + STATUS + "\"")
                .doesNotContain(code)
                .doesNotContainIgnoringCase(PersonalDataMarkers.MARKER);
    }

    private Response status(String reference, String code) {
        return send(
                "POST",
                STATUS,
                null,
                "application/json",
                JSON.createObjectNode()
                        .put("reference", reference)
                        .put("code", code)
                        .toString());
    }

    private JsonNode create(String citizenLanguage) {
        Response created = submit(
                aReferral().from(WAL).to(NRJ).citizenSpeaking(citizenLanguage).withoutPriorContact());
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }
}
