package be.passerelle.api.web;

import be.passerelle.core.directory.InvalidFields;
import be.passerelle.core.referral.IllegalTransition;
import be.passerelle.core.referral.WrongParty;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.Conflict;
import be.passerelle.core.shared.DomainException;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.PayloadTooLarge;
import be.passerelle.core.shared.PreconditionFailed;
import be.passerelle.core.shared.PreconditionRequired;
import be.passerelle.core.shared.RateLimited;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.core.shared.UnsupportedMediaType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Maps every failure to an RFC 9457 problem: domain errors by type, Spring MVC's own errors
 * (400/404/405/406/415, …) with the request's instance and id, anything unexpected to a bare 500
 * that reveals nothing (the log has the details under the request id).
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** Domain failures that are fully described by an HTTP status and their message. */
    private static final Map<Class<? extends DomainException>, HttpStatus> STATUS = Map.of(
            NotFound.class, HttpStatus.NOT_FOUND,
            AccessDenied.class, HttpStatus.FORBIDDEN,
            WrongParty.class, HttpStatus.FORBIDDEN,
            PreconditionRequired.class, HttpStatus.PRECONDITION_REQUIRED,
            PreconditionFailed.class, HttpStatus.PRECONDITION_FAILED,
            PayloadTooLarge.class, HttpStatus.CONTENT_TOO_LARGE,
            UnsupportedMediaType.class, HttpStatus.UNSUPPORTED_MEDIA_TYPE);

    @ExceptionHandler({
        NotFound.class,
        AccessDenied.class,
        WrongParty.class,
        PreconditionRequired.class,
        PreconditionFailed.class,
        PayloadTooLarge.class,
        UnsupportedMediaType.class
    })
    ResponseEntity<Object> byStatus(DomainException e, HttpServletRequest request) {
        return problem(Problems.of(STATUS.get(e.getClass()), e.getMessage(), request));
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalid(InvalidInput e, HttpServletRequest request) {
        return problem(Problems.validation(e.getMessage(), List.of(), request));
    }

    @ExceptionHandler(InvalidFields.class)
    ResponseEntity<Object> invalidFields(InvalidFields e, HttpServletRequest request) {
        List<Problems.FieldError> errors = e.problems().stream()
                .map(p -> new Problems.FieldError(p.field(), p.message()))
                .toList();
        return problem(Problems.validation(e.getMessage(), errors, request));
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ResponseEntity<Object> businessRule(BusinessRuleViolation e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), request);
        problem.setType(java.net.URI.create("/problems/business-rule"));
        return problem(problem);
    }

    @ExceptionHandler(RateLimited.class)
    ResponseEntity<Object> rateLimited(RateLimited e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), request));
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<Object> conflict(Conflict e, HttpServletRequest request) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        e.retryAfter()
                .ifPresent(after ->
                        response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, after.toSeconds()))));
        return response.body(Problems.of(HttpStatus.CONFLICT, e.getMessage(), request));
    }

    /** 409 naming the referral's current state, so the client knows where it stands. */
    @ExceptionHandler(IllegalTransition.class)
    ResponseEntity<Object> illegalTransition(IllegalTransition e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage(), request);
        problem.setType(java.net.URI.create("/problems/illegal-transition"));
        problem.setProperty("currentState", e.current().name());
        return problem(problem);
    }

    @ExceptionHandler(Unavailable.class)
    ResponseEntity<Object> unavailable(Unavailable e, HttpServletRequest request) {
        return serviceUnavailable(e.getMessage(), request);
    }

    /** A multipart body that cannot be parsed (no closing boundary, a NUL in a part's header, …). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException e, HttpServletRequest request) {
        return problem(Problems.validation("the multipart body could not be read", List.of(), request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseOutages.causedBy(e)) {
            log.warn("database unavailable: {}", e.toString());
            return serviceUnavailable("the database is unavailable, try again shortly", request);
        }
        log.error("unexpected failure", e);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "an unexpected error occurred", request));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Problems.FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        return problem(Problems.validation("the request has invalid fields", errors, servlet(request)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new Problems.FieldError(
                                r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return problem(Problems.validation("the request has invalid parameters", errors, servlet(request)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof Utf8CheckingInputStream.TooLarge) {
            return problem(
                    Problems.of(HttpStatus.CONTENT_TOO_LARGE, "a JSON body has at most 1 MiB", servlet(request)));
        }
        String detail = "the request body is not valid JSON for this operation";
        List<Problems.FieldError> errors = List.of();
        if (cause instanceof JacksonException jackson) {
            String field = fieldPath(jackson);
            if (cause instanceof UnrecognizedPropertyException) {
                detail = "the request body has an unknown field";
                errors = List.of(new Problems.FieldError(field, "unknown field"));
            } else if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
                detail = "a field has the wrong type or format";
                errors = List.of(new Problems.FieldError(field, "wrong type or format"));
            }
        }
        return problem(Problems.validation(detail, errors, servlet(request)));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail
                ? Problems.decorate(detail, servlet(request))
                : Problems.of(status, null, servlet(request));
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<Object> serviceUnavailable(String detail, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, detail, request));
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String fieldPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class)
                : null;
    }
}
