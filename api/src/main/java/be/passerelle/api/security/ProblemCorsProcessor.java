package be.passerelle.api.security;

import be.passerelle.api.web.ProblemWriter;
import be.passerelle.core.shared.AccessDenied;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Spring's CORS checks, refusing a foreign origin with a 403 problem rather than a bare text body. */
final class ProblemCorsProcessor extends DefaultCorsProcessor {
    private final ProblemWriter problems;

    ProblemCorsProcessor(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public boolean processRequest(CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean allowed = super.processRequest(config, request, response);
        if (!allowed) {
            problems.write(new AccessDenied("this origin may not call the API"), request, response);
        }
        return allowed;
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) {
        // the problem is written by processRequest, which knows the request
    }
}
