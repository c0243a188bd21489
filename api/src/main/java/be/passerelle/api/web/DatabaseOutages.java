package be.passerelle.api.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means "the database cannot be reached now" wherever it surfaces (a
 * pool timeout, a connection dropped mid-statement, a server shutting down or still recovering), so
 * that it is answered 503 rather than 500. Units of work already translate these; this catches the
 * rest (jOOQ or JDBC exceptions thrown outside one).
 */
final class DatabaseOutages {
    private DatabaseOutages() {}

    static boolean causedBy(Throwable failure) {
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
    static boolean isConnectionState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
