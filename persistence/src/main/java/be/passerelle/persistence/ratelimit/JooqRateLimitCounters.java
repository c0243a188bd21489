package be.passerelle.persistence.ratelimit;

import static be.passerelle.persistence.jooq.Tables.RATE_LIMIT_COUNTERS;

import be.passerelle.core.ratelimit.RateLimitCounters;
import be.passerelle.core.shared.Unavailable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The shared rate-limit counts: one autocommitted {@code INSERT … ON CONFLICT … RETURNING} per
 * reservation, on the application role's pool but outside any unit of work (the table holds no
 * tenant data, and a transaction would cost two more round trips).
 */
final class JooqRateLimitCounters implements RateLimitCounters {
    private final DSLContext dsl;

    JooqRateLimitCounters(DataSource applicationPool) {
        this.dsl = DSL.using(
                applicationPool,
                SQLDialect.POSTGRES,
                new Settings().withRenderSchema(false).withExecuteLogging(false));
    }

    @Override
    public long add(String key, Instant start, Instant end, long requests) {
        try {
            return dsl.insertInto(RATE_LIMIT_COUNTERS)
                    .set(RATE_LIMIT_COUNTERS.KEY, key)
                    .set(RATE_LIMIT_COUNTERS.WINDOW_START, utc(start))
                    .set(RATE_LIMIT_COUNTERS.WINDOW_END, utc(end))
                    .set(RATE_LIMIT_COUNTERS.COUNT, requests)
                    .onConflict(RATE_LIMIT_COUNTERS.KEY, RATE_LIMIT_COUNTERS.WINDOW_START)
                    .doUpdate()
                    .set(RATE_LIMIT_COUNTERS.COUNT, RATE_LIMIT_COUNTERS.COUNT.plus(requests))
                    .returningResult(RATE_LIMIT_COUNTERS.COUNT)
                    .fetchOne(0, Long.class);
        } catch (DataAccessException e) {
            throw new Unavailable("the rate-limit counts are unavailable");
        }
    }

    @Override
    public int purgeEndedBefore(Instant before) {
        try {
            return dsl.deleteFrom(RATE_LIMIT_COUNTERS)
                    .where(RATE_LIMIT_COUNTERS.WINDOW_END.lt(utc(before)))
                    .execute();
        } catch (DataAccessException e) {
            throw new Unavailable("the rate-limit counts are unavailable");
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
