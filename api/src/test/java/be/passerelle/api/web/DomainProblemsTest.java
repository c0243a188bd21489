package be.passerelle.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.directory.FieldProblem;
import be.passerelle.core.directory.InvalidFields;
import be.passerelle.core.referral.IllegalTransition;
import be.passerelle.core.referral.ReferralAction;
import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.DomainException;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.RateLimited;
import be.passerelle.core.shared.StaleVersion;
import be.passerelle.core.shared.TooLarge;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.core.shared.UnsupportedContent;
import be.passerelle.core.shared.VersionRequired;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** Every kind of domain failure has its one problem: status, type and the headers that help a client retry. */
class DomainProblemsTest {
    private static final MockHttpServletRequest REQUEST = new MockHttpServletRequest("POST", "/api/v1/referrals");

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(new NotFound("referral"), 404, "/problems/not-found", null),
                Arguments.of(new AccessDenied("no"), 403, "/problems/forbidden", null),
                Arguments.of(new InvalidInput("bad"), 400, "/problems/validation", null),
                Arguments.of(new BusinessRuleViolation("rule"), 422, "/problems/business-rule", null),
                Arguments.of(new Conflict("later"), 409, "/problems/conflict", null),
                Arguments.of(new Conflict("busy", Optional.of(Duration.ofMillis(300))), 409, "/problems/conflict", "1"),
                Arguments.of(new StaleVersion("stale"), 412, "/problems/precondition-failed", null),
                Arguments.of(new VersionRequired("send it"), 428, "/problems/precondition-required", null),
                Arguments.of(new TooLarge("big"), 413, "/problems/content-too-large", null),
                Arguments.of(new UnsupportedContent("type"), 415, "/problems/unsupported-media-type", null),
                Arguments.of(new RateLimited(Duration.ofSeconds(7)), 429, "/problems/too-many-requests", "7"),
                Arguments.of(new Unavailable("down"), 503, "/problems/service-unavailable", "5"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void each_kind_has_its_status_type_and_retry_after(
            DomainException failure, int status, String type, String retryAfter) {
        ResponseEntity<ProblemDetail> response = DomainProblems.of(failure, REQUEST);
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo(retryAfter);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        ProblemDetail problem = response.getBody();
        assertThat(problem).isNotNull();
        assertThat(problem.getType()).hasToString(type);
        assertThat(problem.getDetail()).isEqualTo(failure.getMessage());
        assertThat(problem.getInstance()).hasToString("/api/v1/referrals");
    }

    @Test
    void every_kind_is_covered_by_the_cases_above() {
        assertThat(kinds().map(a -> ((DomainException) a.get()[0]).kind()).distinct())
                .containsExactlyInAnyOrder(DomainException.Kind.values());
    }

    @Test
    void a_business_rule_about_one_field_names_it_in_errors() {
        ProblemDetail named = DomainProblems.of(new BusinessRuleViolation("consent", "consent required"), REQUEST)
                .getBody();
        ProblemDetail unnamed =
                DomainProblems.of(new BusinessRuleViolation("rule"), REQUEST).getBody();
        assertThat(named).isNotNull();
        assertThat(unnamed).isNotNull();
        assertThat(named.getProperties())
                .containsEntry("errors", List.of(new Problems.FieldError("consent", "consent required")));
        assertThat(unnamed.getProperties()).doesNotContainKey("errors");
    }

    @Test
    void an_illegal_transition_names_the_current_state() {
        ProblemDetail problem = DomainProblems.of(
                        new IllegalTransition(ReferralState.CLOSED, ReferralAction.ACCEPT), REQUEST)
                .getBody();
        assertThat(problem).isNotNull();
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType()).hasToString("/problems/illegal-transition");
        assertThat(problem.getProperties()).containsEntry("currentState", "CLOSED");
    }

    @Test
    void invalid_fields_are_listed_one_by_one() {
        ProblemDetail problem = DomainProblems.of(
                        new InvalidFields(List.of(new FieldProblem("competences[0]", "unknown sector"))), REQUEST)
                .getBody();
        assertThat(problem).isNotNull();
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties())
                .containsEntry("errors", List.of(new Problems.FieldError("competences[0]", "unknown sector")));
    }
}
