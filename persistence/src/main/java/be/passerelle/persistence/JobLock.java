package be.passerelle.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node at a time for a background job: a PostgreSQL session advisory lock, held on a connection
 * of the system pool while the job runs (its units of work use other connections). A node that dies
 * loses its session, and with it the lock.
 */
public final class JobLock {
    private static final Logger log = LoggerFactory.getLogger(JobLock.class);
    private static final String TRY_LOCK = "select pg_try_advisory_lock(hashtext(?))";
    private static final String UNLOCK = "select pg_advisory_unlock(hashtext(?))";

    private final DataSource systemPool;

    public JobLock(DataSource systemPool) {
        this.systemPool = systemPool;
    }

    /**
     * Runs {@code job} unless another node (or thread) runs the job of that name right now.
     *
     * @return true when this call ran it
     */
    public boolean runExclusively(String name, Runnable job) {
        try (Connection connection = systemPool.getConnection()) {
            if (!call(connection, TRY_LOCK, name)) {
                log.debug("job {} is running elsewhere", name);
                return false;
            }
            try {
                job.run();
                return true;
            } finally {
                call(connection, UNLOCK, name);
            }
        } catch (SQLException e) {
            log.warn("job {} skipped: no database connection ({})", name, e.getMessage());
            return false;
        }
    }

    private static boolean call(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
