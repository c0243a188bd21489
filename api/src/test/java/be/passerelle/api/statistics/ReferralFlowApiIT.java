package be.passerelle.api.statistics;

import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.core.statistics.RefreshReferralFlows;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The public referral flows end to end: referrals created through the API, the refresher run, the
 * anonymous tables read in JSON and CSV. The shared test database holds other classes' referrals, so
 * the assertions are on differences and on invariants.
 */
class ReferralFlowApiIT extends ApiIntegrationTest {
    private static final String RECEIVER = "energy-ombudsman";
    private static final int YEAR =
            Instant.now().atZone(ZoneId.of("Europe/Brussels")).getYear();

    @Autowired
    RefreshReferralFlows refresh;

    @Test
    void new_referrals_appear_in_the_public_tables_after_a_refresh_and_no_small_count_is_published() {
        refresh.run();
        JsonNode before = flows(YEAR).json();

        for (int i = 0; i < 6; i++) {
            Response created = submit(aReferral().from(WAL).to(RECEIVER));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        refresh.run();
        assertThat(refresh.run()).as("a second refresh finds nothing new").isZero();
        Response response = flows(YEAR);
        JsonNode after = response.json();

        assertThat(after.path("referrals").path("suppressed").asBoolean()).isFalse();
        assertThat(after.path("referrals").path("count").asLong())
                .isEqualTo(before.path("referrals").path("count").asLong() + 6);
        assertThat(Instant.parse(after.path("asOf").asString()))
                .isAfter(Instant.parse(before.path("asOf").asString()));
        JsonNode receiver = receiver(after, RECEIVER);
        JsonNode receiverBefore = receiver(before, RECEIVER);
        boolean knownBefore = receiverBefore == null
                || !receiverBefore.path("received").path("suppressed").asBoolean();
        long countBefore = receiverBefore == null
                ? 0
                : receiverBefore.path("received").path("count").asLong();
        if (receiver.path("received").path("suppressed").asBoolean()) {
            assertThat(receiver.path("byState").path("suppressed").asBoolean()).isTrue();
        } else if (knownBefore) {
            assertThat(receiver.path("received").path("count").asLong()).isEqualTo(countBefore + 6);
        } else {
            assertThat(receiver.path("received").path("count").asLong()).isGreaterThanOrEqualTo(6);
        }
        assertThat(after.path("months")).hasSize(12);
        assertThat(counts(after)).noneMatch(count -> count >= 1 && count <= 4);
        assertThat(response.body()).as("slugs, never tenant ids").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
    }

    @Test
    void the_tables_are_anonymous_and_cacheable_with_an_etag() {
        refresh.run();
        Response first = flows(YEAR);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/json");
        assertThat(first.header("Cache-Control")).contains("public").contains("max-age=60");
        String tag = first.header("ETag");
        assertThat(tag).isNotBlank();

        Response again = send(request("/api/v1/statistics/referral-flows?year=" + YEAR, null)
                .header("If-None-Match", tag)
                .GET()
                .build());
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void csv_is_rfc_4180_with_a_header_row() {
        Response csv = send(request("/api/v1/statistics/referral-flows?year=" + YEAR, null)
                .header("Accept", "text/csv")
                .GET()
                .build());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.header("ETag")).endsWith("-csv\"");
        assertThat(csv.body()).startsWith("table,month,sender,receiver,measure,category,value,suppressed\r\n");
        assertThat(csv.body()).contains("\r\nnetwork,,,,referrals,,").endsWith("\r\n");
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(8));
        assertThat(lines)
                .filteredOn(line -> line.startsWith("months,1,,,referrals,"))
                .hasSize(1);
    }

    @Test
    void a_malformed_or_out_of_range_year_is_a_400_problem() {
        for (String year : List.of("abc", "1999", Integer.toString(YEAR + 1), "")) {
            Response response = get("/api/v1/statistics/referral-flows?year=" + year, null);
            assertThat(response.status()).as(year).isEqualTo(400);
            assertThat(response.isProblem()).as(year).isTrue();
        }
        assertThat(get("/api/v1/statistics/referral-flows", null).status()).isEqualTo(400);
    }

    private Response flows(int year) {
        Response response = get("/api/v1/statistics/referral-flows?year=" + year, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static JsonNode receiver(JsonNode tables, String slug) {
        for (JsonNode receiver : tables.path("receivers")) {
            if (receiver.path("receiver").asString().equals(slug)) {
                return receiver;
            }
        }
        return null;
    }

    /** Every published count in the tables. */
    private static List<Long> counts(JsonNode node) {
        List<Long> counts = new ArrayList<>();
        collect(node, counts);
        return counts;
    }

    private static void collect(JsonNode node, List<Long> counts) {
        if (node.isObject()
                && node.has("suppressed")
                && node.has("count")
                && !node.path("count").isNull()) {
            counts.add(node.path("count").asLong());
        }
        for (JsonNode child : node) {
            collect(child, counts);
        }
    }
}
