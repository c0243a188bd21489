package be.passerelle.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem details as this API writes them: a {@code type} per kind of problem, the request
 * path as {@code instance}, the request id, and {@code errors[]} for field-level validation.
 */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private Problems() {}

    /** One field that failed validation. */
    public record FieldError(String field, String message) {}

    public static ProblemDetail of(HttpStatusCode status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        String slug = known == null
                ? "error-" + status.value()
                : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
        problem.setType(URI.create("/problems/" + slug));
        if (known != null) {
            problem.setTitle(known.getReasonPhrase());
        }
        decorate(problem, request);
        return problem;
    }

    public static ProblemDetail validation(String detail, List<FieldError> errors, HttpServletRequest request) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, detail, request);
        problem.setType(URI.create("/problems/validation"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The problem as a response: its status, {@code application/problem+json}. */
    public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(PROBLEM_JSON)
                .body(problem);
    }

    /** Adds the instance and request id to a problem built elsewhere (e.g. by Spring MVC). */
    public static ProblemDetail decorate(ProblemDetail problem, HttpServletRequest request) {
        if (request != null) {
            problem.setInstance(URI.create(safePath(request.getRequestURI())));
            problem.setProperty("requestId", RequestIds.of(request));
        }
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            HttpStatus known = HttpStatus.resolve(problem.getStatus());
            if (known != null) {
                problem.setType(URI.create(
                        "/problems/" + known.name().toLowerCase(Locale.ROOT).replace('_', '-')));
            }
        }
        return problem;
    }

    private static String safePath(String path) {
        if (path == null) {
            return "/";
        }
        try {
            return URI.create(path).getRawPath();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
