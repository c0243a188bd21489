package be.passerelle.api.web;

import be.passerelle.core.directory.InvalidFields;
import be.passerelle.core.referral.IllegalTransition;
import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.DomainException;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.RateLimited;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one mapping of domain failures to RFC 9457 problems: each kind of {@link DomainException}
 * to its status, type, members and headers. Controllers (through {@link ProblemHandler}), filters
 * and security handlers (through {@link ProblemWriter}) all answer with it.
 */
public final class DomainProblems {
    /** What a client waits before retrying when a backing service is down. */
    static final String UNAVAILABLE_RETRY_AFTER = "5";

    private DomainProblems() {}

    public static ResponseEntity<ProblemDetail> of(DomainException e, HttpServletRequest request) {
        String detail = e.getMessage();
        return switch (e.kind()) {
            case NOT_FOUND -> Problems.response(Problems.of(HttpStatus.NOT_FOUND, detail, request));
            case ACCESS_DENIED -> Problems.response(Problems.of(HttpStatus.FORBIDDEN, detail, request));
            case INVALID_INPUT ->
                Problems.response(Problems.validation(detail, fieldErrors((InvalidInput) e), request));
            case BUSINESS_RULE_VIOLATION -> {
                ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, detail, request);
                problem.setType(URI.create("/problems/business-rule"));
                ((BusinessRuleViolation) e)
                        .field()
                        .ifPresent(field ->
                                problem.setProperty("errors", List.of(new Problems.FieldError(field, detail))));
                yield Problems.response(problem);
            }
            case CONFLICT -> conflict((Conflict) e, request);
            case STALE_VERSION -> Problems.response(Problems.of(HttpStatus.PRECONDITION_FAILED, detail, request));
            case VERSION_REQUIRED -> Problems.response(Problems.of(HttpStatus.PRECONDITION_REQUIRED, detail, request));
            case TOO_LARGE -> Problems.response(Problems.of(HttpStatus.CONTENT_TOO_LARGE, detail, request));
            case UNSUPPORTED_CONTENT ->
                Problems.response(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail, request));
            case RATE_LIMITED ->
                retryAfter(
                        Problems.of(HttpStatus.TOO_MANY_REQUESTS, detail, request),
                        seconds(((RateLimited) e).retryAfter()));
            case UNAVAILABLE ->
                retryAfter(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, detail, request), UNAVAILABLE_RETRY_AFTER);
        };
    }

    /** 409; naming the referral's current state after an illegal transition, so the client knows where it stands. */
    private static ResponseEntity<ProblemDetail> conflict(Conflict e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage(), request);
        if (e instanceof IllegalTransition transition) {
            problem.setType(URI.create("/problems/illegal-transition"));
            problem.setProperty("currentState", transition.current().name());
        }
        return e.retryAfter()
                .map(after -> retryAfter(problem, seconds(after)))
                .orElseGet(() -> Problems.response(problem));
    }

    private static List<Problems.FieldError> fieldErrors(InvalidInput e) {
        if (e instanceof InvalidFields fields) {
            return fields.problems().stream()
                    .map(p -> new Problems.FieldError(p.field(), p.message()))
                    .toList();
        }
        return List.of();
    }

    private static ResponseEntity<ProblemDetail> retryAfter(ProblemDetail problem, String seconds) {
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .contentType(Problems.PROBLEM_JSON)
                .body(problem);
    }

    private static String seconds(Duration after) {
        return Long.toString(Math.max(1, after.toSeconds()));
    }
}
