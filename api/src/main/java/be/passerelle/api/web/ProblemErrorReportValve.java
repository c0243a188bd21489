package be.passerelle.api.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.UUID;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error report (a request refused before the application sees it: an encoded slash
 * or NUL in the path, bytes that are not UTF-8, a request line too long) as a problem instead of an
 * HTML page. Errors the application handles never reach it (they are already written).
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String slug = known == null
                ? "error-" + status
                : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status >= 500 ? "an unexpected error occurred" : "the request could not be read";
        String requestId = UUID.randomUUID().toString();
        try {
            response.setContentType(Problems.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(RequestIds.HEADER, requestId);
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"/problems/" + slug + "\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\",\"requestId\":\"" + requestId + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed: nothing more to say
        }
    }
}
