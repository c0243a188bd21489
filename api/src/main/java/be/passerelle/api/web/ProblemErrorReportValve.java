package be.passerelle.api.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.UUID;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error report (a request refused before the application sees it: an encoded slash
 * or NUL in the path, bytes that are not UTF-8, a request line too long) as a problem instead of an
 * HTML page, with the members every other problem has ({@link ProblemWriter#members}). Errors the
 * application handles never reach it (they are already written).
 */
public final class ProblemErrorReportValve extends ErrorReportValve {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String detail = status >= 500 ? "an unexpected error occurred" : "the request could not be read";
        ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(status), detail, null);
        if (known == null) {
            problem.setTitle("Error");
        }
        String requestId = UUID.randomUUID().toString();
        problem.setProperty("requestId", requestId);
        try {
            response.setContentType(Problems.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(RequestIds.HEADER, requestId);
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(ProblemWriter.members(problem)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed: nothing more to say
        }
    }
}
