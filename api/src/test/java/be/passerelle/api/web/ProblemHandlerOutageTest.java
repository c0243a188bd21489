package be.passerelle.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;

/** A database failure that reaches the handler outside a unit of work is a 503, not a 500. */
class ProblemHandlerOutageTest {
    private final ProblemHandler handler = new ProblemHandler();

    @Test
    void a_pool_timeout_is_a_503_with_retry_after() {
        assertUnavailable(new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("passerelle-app - Connection is not available")));
    }

    @Test
    void a_connection_lost_mid_statement_is_a_503() {
        // As jOOQ wraps it: a DataAccessException whose cause is the driver's exception.
        assertUnavailable(new IllegalStateException(
                "SQL [select 1]", new SQLException("An I/O error occurred while sending to the backend.", "08006")));
    }

    @Test
    void a_server_shutting_down_crashing_or_still_recovering_is_a_503() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "08001"}) {
            assertUnavailable(new IllegalStateException("SQL [select 1]", new SQLException("ended", state)));
        }
    }

    @Test
    void other_database_errors_stay_500() {
        ResponseEntity<Object> response = handler.unexpected(
                new IllegalStateException("SQL [insert]", new SQLException("duplicate key", "23505")), request());
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getHeaders().getFirst("Retry-After")).isNull();
    }

    private void assertUnavailable(Exception failure) {
        ResponseEntity<Object> response = handler.unexpected(failure, request());
        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem).isNotNull();
        assertThat(problem.getDetail()).doesNotContain("SQL", "I/O", "Connection");
    }

    private static MockHttpServletRequest request() {
        return new MockHttpServletRequest("POST", "/api/v1/referrals");
    }
}
