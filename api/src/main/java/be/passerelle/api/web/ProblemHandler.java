package be.passerelle.api.web;

import be.passerelle.core.shared.DomainException;
import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.TooLarge;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.persistence.DatabaseOutages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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
 * Maps every failure to an RFC 9457 problem: domain errors by {@link DomainProblems}, Spring MVC's own errors
 * (400/404/405/406/415, …) with the request's instance and id, anything unexpected to a bare 500
 * that reveals nothing (the log has the details under the request id).
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** Every domain failure, by the one mapping of {@link DomainProblems}. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e, HttpServletRequest request) {
        return widen(DomainProblems.of(e, request));
    }

    /** A multipart body that cannot be parsed (no closing boundary, a NUL in a part's header, …). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException e, HttpServletRequest request) {
        return domain(new InvalidInput("the multipart body could not be read"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseOutages.causedBy(e)) {
            log.warn("database unavailable: {}", e.toString());
            return domain(new Unavailable("the database is unavailable, try again shortly"), request);
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
            return domain(new TooLarge("a JSON body has at most 1 MiB"), servlet(request));
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
                .contentType(Problems.PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return widen(Problems.response(problem));
    }

    private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> problem) {
        return ResponseEntity.status(problem.getStatusCode())
                .headers(problem.getHeaders())
                .body(problem.getBody());
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
