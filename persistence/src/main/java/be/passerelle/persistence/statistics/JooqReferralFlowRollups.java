package be.passerelle.persistence.statistics;

import static be.passerelle.persistence.jooq.Tables.REFERRAL_FLOW_DURATIONS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_FLOW_MONTHLY;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_FLOW_PAIRS;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_FLOW_REFRESH;
import static be.passerelle.persistence.jooq.Tables.REFERRAL_FLOW_STATES;
import static be.passerelle.persistence.jooq.Tables.TENANTS;

import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.statistics.DurationHistogram;
import be.passerelle.core.statistics.DurationMetric;
import be.passerelle.core.statistics.ReferralFlowCounts;
import be.passerelle.core.statistics.ReferralFlowRollups;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.jooq.tables.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * The referral-flow rollups of V60. The refresh is one set-based statement: the referrals updated
 * after the watermark (minus the overlap) whose facts differ from the facts last folded in give a
 * delta of −1 (old facts) and +1 (new facts) rows, which data-modifying CTEs add to each rollup and to
 * the facts. Referrals whose facts did not change give no delta, so a repeated refresh changes nothing.
 * The refresh row is locked first, so concurrent refreshes (a scheduled one and a direct call) run one
 * after the other, each seeing the other's result.
 */
final class JooqReferralFlowRollups implements ReferralFlowRollups {
    private static final String FACTS = """
            select r.id as referral_id,
                   extract(year from r.created_at at time zone 'Europe/Brussels')::integer as year,
                   extract(month from r.created_at at time zone 'Europe/Brussels')::integer as month,
                   r.sender_tenant_id, r.receiver_tenant_id, r.sector, r.state,
                   coalesce(r.citizen_language, 'unknown') as language,
                   coalesce(r.citizen_region, 'unknown') as region,
                   (r.acknowledged_at at time zone 'Europe/Brussels')::date
                       - (r.created_at at time zone 'Europe/Brussels')::date as days_to_acknowledge,
                   (r.accepted_at at time zone 'Europe/Brussels')::date
                       - (r.created_at at time zone 'Europe/Brussels')::date as days_to_accept,
                   case when r.state = 'CLOSED'
                        then (r.finished_at at time zone 'Europe/Brussels')::date
                             - (r.created_at at time zone 'Europe/Brussels')::date end as days_to_close
            from referrals r
            where {0}::timestamptz is null or r.updated_at > {0}::timestamptz
            """;
    private static final String COLUMNS = "year, month, sender_tenant_id, receiver_tenant_id, sector, state, language,"
            + " region, days_to_acknowledge, days_to_accept, days_to_close";
    private static final String REFRESH = "with changed as (" + FACTS + "),\n"
            + "moved as (\n"
            + "  select c.* from changed c left join referral_flow_facts f on f.referral_id = c.referral_id\n"
            + "  where f.referral_id is null\n"
            + "     or (f." + COLUMNS.replace(", ", ", f.") + ") is distinct from (c."
            + COLUMNS.replace(", ", ", c.") + ")\n"
            + "),\n"
            + "delta as (\n"
            + "  select 1 as sign, referral_id, " + COLUMNS + " from moved\n"
            + "  union all\n"
            + "  select -1, f.referral_id, f." + COLUMNS.replace(", ", ", f.") + "\n"
            + "  from referral_flow_facts f join moved m on m.referral_id = f.referral_id\n"
            + "),\n"
            + """
            monthly as (
              insert into referral_flow_monthly (year, month, dimension, category, referrals)
              select year, month, 'sector', sector, sum(sign) from delta group by year, month, sector
              having sum(sign) <> 0
              union all
              select year, month, 'language', language, sum(sign) from delta group by year, month, language
              having sum(sign) <> 0
              union all
              select year, month, 'region', region, sum(sign) from delta group by year, month, region
              having sum(sign) <> 0
              on conflict (year, month, dimension, category)
              do update set referrals = referral_flow_monthly.referrals + excluded.referrals
            ),
            pairs as (
              insert into referral_flow_pairs (year, receiver_tenant_id, sender_tenant_id, referrals)
              select year, receiver_tenant_id, sender_tenant_id, sum(sign) from delta
              group by year, receiver_tenant_id, sender_tenant_id having sum(sign) <> 0
              on conflict (year, receiver_tenant_id, sender_tenant_id)
              do update set referrals = referral_flow_pairs.referrals + excluded.referrals
            ),
            states as (
              insert into referral_flow_states (year, receiver_tenant_id, state, referrals)
              select year, receiver_tenant_id, state, sum(sign) from delta
              group by year, receiver_tenant_id, state having sum(sign) <> 0
              on conflict (year, receiver_tenant_id, state)
              do update set referrals = referral_flow_states.referrals + excluded.referrals
            ),
            durations as (
              insert into referral_flow_durations (year, receiver_tenant_id, metric, days, referrals)
              select year, receiver_tenant_id, metric, days, sum(sign) from (
                select year, receiver_tenant_id, 'ACKNOWLEDGE' as metric, days_to_acknowledge as days, sign
                from delta where days_to_acknowledge is not null
                union all
                select year, receiver_tenant_id, 'ACCEPT', days_to_accept, sign
                from delta where days_to_accept is not null
                union all
                select year, receiver_tenant_id, 'CLOSE', days_to_close, sign
                from delta where days_to_close is not null
              ) measured
              group by year, receiver_tenant_id, metric, days having sum(sign) <> 0
              on conflict (year, receiver_tenant_id, metric, days)
              do update set referrals = referral_flow_durations.referrals + excluded.referrals
            ),
            facts as (
            """
            + "  insert into referral_flow_facts (referral_id, " + COLUMNS + ")\n"
            + "  select referral_id, " + COLUMNS + " from delta where sign = 1\n"
            + "  on conflict (referral_id) do update set (" + COLUMNS + ") = (excluded."
            + COLUMNS.replace(", ", ", excluded.") + ")\n"
            + ")\n"
            + "select count(*) from moved";

    private final Database database;

    JooqReferralFlowRollups(Database database) {
        this.database = database;
    }

    @Override
    public int refresh(Instant now, Duration overlap) {
        DSLContext dsl = database.dsl();
        OffsetDateTime watermark = dsl.select(REFERRAL_FLOW_REFRESH.WATERMARK)
                .from(REFERRAL_FLOW_REFRESH)
                .forUpdate()
                .fetchSingle(REFERRAL_FLOW_REFRESH.WATERMARK);
        OffsetDateTime since = watermark == null ? null : watermark.minus(overlap);
        OffsetDateTime latest = dsl.resultQuery(
                        "select max(updated_at) from referrals where {0}::timestamptz is null or updated_at > {0}::timestamptz",
                        since)
                .fetchSingle()
                .get(0, OffsetDateTime.class);
        Integer moved = dsl.resultQuery(REFRESH, since).fetchSingle().get(0, Integer.class);
        OffsetDateTime next = latest == null || (watermark != null && watermark.isAfter(latest)) ? watermark : latest;
        dsl.update(REFERRAL_FLOW_REFRESH)
                .set(REFERRAL_FLOW_REFRESH.WATERMARK, next)
                .set(REFERRAL_FLOW_REFRESH.AS_OF, now.atOffset(ZoneOffset.UTC))
                .execute();
        return moved;
    }

    @Override
    public ReferralFlowCounts counts(int year) {
        DSLContext dsl = database.dsl();
        Map<String, Map<Integer, Map<String, Long>>> monthly = new HashMap<>();
        dsl.select(
                        REFERRAL_FLOW_MONTHLY.DIMENSION,
                        REFERRAL_FLOW_MONTHLY.MONTH,
                        REFERRAL_FLOW_MONTHLY.CATEGORY,
                        REFERRAL_FLOW_MONTHLY.REFERRALS)
                .from(REFERRAL_FLOW_MONTHLY)
                .where(REFERRAL_FLOW_MONTHLY.YEAR.eq(year).and(REFERRAL_FLOW_MONTHLY.REFERRALS.gt(0L)))
                .forEach(r -> monthly.computeIfAbsent(r.value1(), d -> new HashMap<>())
                        .computeIfAbsent(r.value2(), m -> new HashMap<>())
                        .put(r.value3(), r.value4()));
        Tenants sender = TENANTS.as("sender");
        Tenants receiver = TENANTS.as("receiver");
        Map<String, Map<String, Long>> flows = new HashMap<>();
        dsl.select(receiver.SLUG, sender.SLUG, REFERRAL_FLOW_PAIRS.REFERRALS)
                .from(REFERRAL_FLOW_PAIRS)
                .join(receiver)
                .on(receiver.ID.eq(REFERRAL_FLOW_PAIRS.RECEIVER_TENANT_ID))
                .join(sender)
                .on(sender.ID.eq(REFERRAL_FLOW_PAIRS.SENDER_TENANT_ID))
                .where(REFERRAL_FLOW_PAIRS.YEAR.eq(year).and(REFERRAL_FLOW_PAIRS.REFERRALS.gt(0L)))
                .forEach(r ->
                        flows.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        Map<String, Map<ReferralState, Long>> states = new HashMap<>();
        dsl.select(receiver.SLUG, REFERRAL_FLOW_STATES.STATE, REFERRAL_FLOW_STATES.REFERRALS)
                .from(REFERRAL_FLOW_STATES)
                .join(receiver)
                .on(receiver.ID.eq(REFERRAL_FLOW_STATES.RECEIVER_TENANT_ID))
                .where(REFERRAL_FLOW_STATES.YEAR.eq(year).and(REFERRAL_FLOW_STATES.REFERRALS.gt(0L)))
                .forEach(r -> states.computeIfAbsent(r.value1(), k -> new EnumMap<>(ReferralState.class))
                        .put(ReferralState.valueOf(r.value2()), r.value3()));
        Map<String, Map<DurationMetric, Map<Integer, Long>>> days = new HashMap<>();
        dsl.select(
                        receiver.SLUG,
                        REFERRAL_FLOW_DURATIONS.METRIC,
                        REFERRAL_FLOW_DURATIONS.DAYS,
                        REFERRAL_FLOW_DURATIONS.REFERRALS)
                .from(REFERRAL_FLOW_DURATIONS)
                .join(receiver)
                .on(receiver.ID.eq(REFERRAL_FLOW_DURATIONS.RECEIVER_TENANT_ID))
                .where(REFERRAL_FLOW_DURATIONS.YEAR.eq(year).and(REFERRAL_FLOW_DURATIONS.REFERRALS.gt(0L)))
                .forEach(r -> days.computeIfAbsent(r.value1(), k -> new EnumMap<>(DurationMetric.class))
                        .computeIfAbsent(DurationMetric.valueOf(r.value2()), k -> new TreeMap<>())
                        .put(r.value3(), r.value4()));
        Map<String, Map<DurationMetric, DurationHistogram>> durations = new HashMap<>();
        days.forEach((slug, metrics) -> {
            Map<DurationMetric, DurationHistogram> histograms = new EnumMap<>(DurationMetric.class);
            metrics.forEach((metric, histogram) -> histograms.put(metric, DurationHistogram.of(histogram)));
            durations.put(slug, histograms);
        });
        return new ReferralFlowCounts(
                year,
                monthly.getOrDefault("sector", Map.of()),
                monthly.getOrDefault("language", Map.of()),
                monthly.getOrDefault("region", Map.of()),
                flows,
                states,
                durations);
    }

    @Override
    public Optional<Instant> asOf() {
        return database.dsl()
                .select(REFERRAL_FLOW_REFRESH.AS_OF)
                .from(REFERRAL_FLOW_REFRESH)
                .fetchOptional(REFERRAL_FLOW_REFRESH.AS_OF)
                .map(OffsetDateTime::toInstant);
    }
}
