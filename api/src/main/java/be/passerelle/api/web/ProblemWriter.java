package be.passerelle.api.web;

import be.passerelle.core.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to the response, for filters and security handlers outside MVC: the
 * same problems as {@link ProblemHandler} answers ({@link DomainProblems} for domain failures).
 */
public final class ProblemWriter {
    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(DomainException failure, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        write(DomainProblems.of(failure, request), request, response);
    }

    public void write(ResponseEntity<ProblemDetail> problem, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemDetail body = Problems.decorate(problem.getBody(), request);
        problem.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(value -> response.addHeader(name, value));
            }
        });
        response.setStatus(body.getStatus());
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), members(body));
    }

    /** The problem's members in their usual order ({@code instance} only when known). */
    static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
