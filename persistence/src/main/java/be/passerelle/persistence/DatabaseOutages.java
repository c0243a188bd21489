package be.passerelle.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The one judge of "the database cannot be reached now" (a pool timeout, a connection dropped
 * mid-statement, a server shutting down or still recovering), wherever the failure surfaces: inside
 * a unit of work ({@link JooqUnitOfWork} turns it into {@code Unavailable}) or outside one (the
 * API's problem mapping answers 503 rather than 500).
 */
public final class DatabaseOutages {
    private DatabaseOutages() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * SQL state class 08 (connection exception), and 57P01 admin shutdown, 57P02 crash shutdown,
     * 57P03 cannot connect now (the server is starting or recovering).
     */
    private static boolean isConnectionState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
