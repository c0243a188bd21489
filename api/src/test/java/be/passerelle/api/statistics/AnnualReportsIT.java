package be.passerelle.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.infra.testing.TestDatabase;
import be.passerelle.infra.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Annual reports end to end (SPEC §4.4): wal-admin (mediateur-wallonie-fwb) submits, corrects and
 * publishes; the public reads published revisions only. Each test owns its year, so that the tests
 * run in any order on the shared database.
 */
class AnnualReportsIT extends ApiIntegrationTest {
    private static final String WAL = "mediateur-wallonie-fwb";
    private static final String NRJ = "energy-ombudsman";

    private static String walAdmin;
    private static String nrjAdmin;

    @BeforeAll
    static void tokens() {
        walAdmin = tokenOf("wal-admin");
        nrjAdmin = tokenOf("nrj-admin");
    }

    @Test
    void submitted_then_corrected_then_published_report_is_public_as_json_and_csv() {
        Response opened = put(walAdmin, 2019, figures(100, "energy", 60));
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.json().path("draftRevision").asInt()).isEqualTo(1);
        assertThat(opened.json().path("currentRevision").isNull()).isTrue();
        assertThat(publicJson(WAL, 2019).path("annualReport").isNull()).isTrue();

        Response corrected = put(walAdmin, 2019, figures(120, "energy", 70));
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().path("revisions").size()).isEqualTo(1);
        assertThat(corrected
                        .json()
                        .at("/revisions/0/figures/complaintsReceived")
                        .asInt())
                .isEqualTo(120);

        Response published = publish(walAdmin, 2019);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().path("currentRevision").asInt()).isEqualTo(1);
        assertThat(published.json().path("draftRevision").isNull()).isTrue();
        assertThat(published.json().at("/revisions/0/status").asString()).isEqualTo("PUBLISHED");

        Response json = get("/api/v1/statistics/institutions/" + WAL + "?year=2019", null);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.header("Cache-Control")).contains("public").contains("max-age=60");
        JsonNode report = json.json().path("annualReport");
        assertThat(json.json().path("institution").asString()).isEqualTo(WAL);
        assertThat(report.path("source").asString()).isEqualTo("institution");
        assertThat(report.path("revision").asInt()).isEqualTo(1);
        assertThat(report.path("publishedAt").asString()).isNotBlank();
        assertThat(report.at("/figures/complaintsReceived").asInt()).isEqualTo(120);
        assertThat(report.at("/figures/bySector/energy").asInt()).isEqualTo(70);
        assertThat(report.at("/figures/handlingDaysBuckets/>90").asInt()).isEqualTo(5);
        assertThat(report.at("/figures/medianHandlingDays").decimalValue()).isEqualByComparingTo("30.5");
        assertThat(report.path("revisions").size()).isEqualTo(1);
        assertThat(report.at("/revisions/0/supersededAt").isNull()).isTrue();

        Response csv = send(request("/api/v1/statistics/institutions/" + WAL + "?year=2019", null)
                .header("Accept", "text/csv")
                .GET()
                .build());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.body()).startsWith("scope,year,section,metric,value\r\n");
        assertThat(csv.body())
                .contains(WAL + ",2019,annualReport,complaintsReceived,120\r\n")
                .contains(WAL + ",2019,annualReport,bySector.energy,70\r\n")
                .contains(WAL + ",2019,annualReport,handlingDaysBuckets.>90,5\r\n")
                .contains(WAL + ",2019,annualReport,revision,1\r\n");
        assertThat(csv.header("ETag")).isNotEqualTo(json.header("ETag"));

        Response notModified = send(request("/api/v1/statistics/institutions/" + WAL + "?year=2019", null)
                .header("If-None-Match", json.header("ETag"))
                .GET()
                .build());
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.header("ETag")).isEqualTo(json.header("ETag"));
        assertThat(notModified.header("Cache-Control")).contains("max-age=60");
    }

    @Test
    void put_on_a_published_year_opens_a_draft_and_the_published_revision_stays_public_until_the_next_publish() {
        put(walAdmin, 2020, figures(100, "energy", 10));
        publish(walAdmin, 2020);
        Response first = get("/api/v1/statistics/institutions/" + WAL + "?year=2020", null);

        Response reopened = put(walAdmin, 2020, figures(110, "energy", 20));
        assertThat(reopened.status()).isEqualTo(201);
        assertThat(reopened.json().path("draftRevision").asInt()).isEqualTo(2);
        assertThat(reopened.json().path("currentRevision").asInt()).isEqualTo(1);
        Response stillFirst = get("/api/v1/statistics/institutions/" + WAL + "?year=2020", null);
        assertThat(stillFirst.json().at("/annualReport/revision").asInt()).isEqualTo(1);
        assertThat(stillFirst
                        .json()
                        .at("/annualReport/figures/complaintsReceived")
                        .asInt())
                .isEqualTo(100);
        assertThat(stillFirst.header("ETag")).isEqualTo(first.header("ETag"));

        Response republished = publish(walAdmin, 2020);
        assertThat(republished.status()).isEqualTo(200);
        JsonNode report = publicJson(WAL, 2020).path("annualReport");
        assertThat(report.path("revision").asInt()).isEqualTo(2);
        assertThat(report.at("/figures/complaintsReceived").asInt()).isEqualTo(110);
        JsonNode revisions = report.path("revisions");
        assertThat(revisions.size()).isEqualTo(2);
        assertThat(revisions.at("/0/revision").asInt()).isEqualTo(2);
        assertThat(revisions.at("/0/supersededAt").isNull()).isTrue();
        assertThat(revisions.at("/1/revision").asInt()).isEqualTo(1);
        assertThat(revisions.at("/1/figures/complaintsReceived").asInt()).isEqualTo(100);
        assertThat(revisions.at("/1/supersededAt").asString())
                .isEqualTo(revisions.at("/0/publishedAt").asString());
        assertThat(get("/api/v1/statistics/institutions/" + WAL + "?year=2020", null)
                        .header("ETag"))
                .isNotEqualTo(first.header("ETag"));

        JsonNode own = get("/api/v1/statistics/reports/2020", walAdmin).json();
        assertThat(own.at("/revisions/0/status").asString()).isEqualTo("PUBLISHED");
        assertThat(own.at("/revisions/1/status").asString()).isEqualTo("SUPERSEDED");
    }

    @Test
    void publishing_twice_is_409_and_publishing_nothing_is_404() {
        assertThat(publish(walAdmin, 2015).status()).isEqualTo(404);
        put(walAdmin, 2015, figures(10, "energy", 1));
        assertThat(publish(walAdmin, 2015).status()).isEqualTo(200);

        Response again = publish(walAdmin, 2015);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(get("/api/v1/statistics/reports/2015", walAdmin)
                        .json()
                        .path("revisions")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void broken_rules_are_reported_field_by_field() {
        String broken = figures(100, "energy", 101)
                .replace("\"inadmissible\":20", "\"inadmissible\":50")
                .replace("\"unresolved\":10", "\"unresolved\":-3")
                .replace("\"bySector\":{", "\"bySector\":{\"astrology\":1,");
        Response response = put(walAdmin, 2021, broken);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(fields(response))
                .containsExactlyInAnyOrder("admissible", "unresolved", "bySector.astrology", "bySector");

        Response future = put(walAdmin, 2999, figures(100, "energy", 10));
        assertThat(future.status()).isEqualTo(400);
        assertThat(fields(future)).containsExactly("year");

        Response unknownField = put(
                walAdmin,
                2021,
                figures(100, "energy", 10).replace("{\"complaintsReceived\"", "{\"x\":1,\"complaintsReceived\""));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.isProblem()).isTrue();

        Response missing = put(walAdmin, 2021, figures(100, "energy", 10).replace("\"closed\":60,", ""));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).contains("closed");

        assertThat(get("/api/v1/statistics/reports/2021", walAdmin).status()).isEqualTo(404);
    }

    @Test
    void drafts_are_private_to_the_tenant_admin_and_the_network_admin() {
        put(walAdmin, 2022, figures(100, "energy", 10));

        assertThat(get("/api/v1/statistics/reports/2022", walAdmin).status()).isEqualTo(200);
        Response otherAdmin = get("/api/v1/statistics/reports/2022?tenant=" + WAL, nrjAdmin);
        assertThat(otherAdmin.status()).isEqualTo(404);
        assertThat(otherAdmin.body()).doesNotContain("complaintsReceived");
        assertThat(get("/api/v1/statistics/reports/2022", nrjAdmin).status()).isEqualTo(404);
        String agent = tokenOf("wal-agent");
        assertThat(get("/api/v1/statistics/reports/2022", agent).status()).isEqualTo(403);
        assertThat(put(agent, 2022, figures(1, "energy", 1)).status()).isEqualTo(403);
        assertThat(publish(agent, 2022).status()).isEqualTo(403);
        assertThat(get("/api/v1/statistics/reports/2022", null).status()).isEqualTo(401);
        assertThat(publish(null, 2022).status()).isEqualTo(401);

        String network = tokenOf("network-admin");
        Response networkRead = get("/api/v1/statistics/reports/2022?tenant=" + WAL, network);
        assertThat(networkRead.status()).isEqualTo(200);
        assertThat(networkRead.json().path("draftRevision").asInt()).isEqualTo(1);
        assertThat(get("/api/v1/statistics/reports/2022", network).status()).isEqualTo(400);
        assertThat(put(network, 2022, figures(1, "energy", 1)).status()).isEqualTo(403);

        assertThat(publicJson(WAL, 2022).path("annualReport").isNull()).isTrue();
        assertThat(get("/api/v1/statistics/network?year=2022", null)
                        .json()
                        .at("/annualReports/institutions")
                        .toString())
                .doesNotContain(WAL);
    }

    @Test
    void the_list_names_every_year_with_its_revisions_newest_first_and_is_private() {
        put(walAdmin, 2014, figures(100, "energy", 10));
        publish(walAdmin, 2014);
        put(walAdmin, 2014, figures(110, "energy", 20));

        Response list = get("/api/v1/statistics/reports", walAdmin);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("institution").asString()).isEqualTo(WAL);
        List<Integer> years = new ArrayList<>();
        list.json().path("reports").forEach(r -> years.add(r.path("year").asInt()));
        assertThat(years).contains(2014).isSortedAccordingTo(Comparator.reverseOrder());
        JsonNode year2014 = null;
        for (JsonNode report : list.json().path("reports")) {
            if (report.path("year").asInt() == 2014) {
                year2014 = report;
            }
        }
        assertThat(year2014).isNotNull();
        assertThat(year2014.path("currentRevision").asInt()).isEqualTo(1);
        assertThat(year2014.path("draftRevision").asInt()).isEqualTo(2);
        assertThat(year2014.at("/revisions/0/status").asString()).isEqualTo("DRAFT");
        assertThat(year2014.at("/revisions/1/status").asString()).isEqualTo("PUBLISHED");

        Response otherAdmin = get("/api/v1/statistics/reports?tenant=" + WAL, nrjAdmin);
        assertThat(otherAdmin.status()).isEqualTo(404);
        assertThat(otherAdmin.body()).doesNotContain("complaintsReceived");
        assertThat(get("/api/v1/statistics/reports", nrjAdmin).body()).doesNotContain("\"complaintsReceived\":110");
        assertThat(get("/api/v1/statistics/reports", tokenOf("wal-agent")).status())
                .isEqualTo(403);
        assertThat(get("/api/v1/statistics/reports", null).status()).isEqualTo(401);
        String network = tokenOf("network-admin");
        assertThat(get("/api/v1/statistics/reports?tenant=" + WAL, network).body())
                .contains("\"complaintsReceived\":110");
        assertThat(get("/api/v1/statistics/reports", network).status()).isEqualTo(400);
    }

    @Test
    void publishing_records_a_thin_outbox_event_and_an_audit_event() throws SQLException {
        put(walAdmin, 2016, figures(10, "energy", 1));
        publish(walAdmin, 2016);

        List<String> events = new ArrayList<>();
        try (Connection system = systemConnection();
                PreparedStatement query = system.prepareStatement(
                        "select type, resource_type, state, link, cardinality(recipients) from outbox_events"
                                + " where resource_id = ? order by seq")) {
            query.setString(1, WAL + "/2016");
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    events.add(String.join(
                            " ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        assertThat(events)
                .containsExactly("statistics.published annual-report PUBLISHED /api/v1/statistics/institutions/" + WAL
                        + "?year=2016 1");

        JsonNode audit = get(
                        "/api/v1/audit-events?action=statistics.published&targetType=annual-report&targetId=" + WAL
                                + "/2016",
                        walAdmin)
                .json()
                .path("items");
        assertThat(audit.size()).isEqualTo(1);
        assertThat(audit.at("/0/action").asString()).isEqualTo("statistics.published");
        assertThat(get(
                                "/api/v1/audit-events?action=statistics.report_saved&targetType=annual-report&targetId="
                                        + WAL + "/2016",
                                walAdmin)
                        .json()
                        .path("items")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void network_totals_sum_the_current_published_reports_of_the_year() {
        put(walAdmin, 2018, figures(100, "energy", 10));
        publish(walAdmin, 2018);
        put(nrjAdmin, 2018, figures(50, "energy", 40));
        publish(nrjAdmin, 2018);
        put(tokenOf("vla-admin"), 2018, figures(1000, "energy", 1000));

        Response json = get("/api/v1/statistics/network?year=2018", null);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.header("Cache-Control")).contains("public").contains("max-age=60");
        JsonNode reports = json.json().path("annualReports");
        assertThat(reports.path("source").asString()).isEqualTo("institution");
        assertThat(reports.path("institutionsPublished").asInt()).isEqualTo(2);
        Set<String> institutions = new TreeSet<>();
        reports.path("institutions")
                .forEach(i -> institutions.add(i.path("institution").asString()));
        assertThat(institutions).containsExactly(NRJ, WAL);
        assertThat(reports.at("/totals/complaintsReceived").asInt()).isEqualTo(150);
        assertThat(reports.at("/totals/bySector/energy").asInt()).isEqualTo(50);
        assertThat(reports.at("/totals/byLanguage/fr").asInt()).isEqualTo(100);
        assertThat(reports.at("/totals/medianHandlingDays").isNull()).isTrue();

        Response csv = send(request("/api/v1/statistics/network?year=2018", null)
                .header("Accept", "application/json;q=0.5, text/csv")
                .GET()
                .build());
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("scope,year,section,metric,value\r\n")
                .contains("network,2018,annualReports,institutionsPublished,2\r\n")
                .contains("network,2018,annualReports,totals.complaintsReceived,150\r\n");
        Response notModified = send(request("/api/v1/statistics/network?year=2018", null)
                .header("Accept", "text/csv")
                .header("If-None-Match", csv.header("ETag"))
                .GET()
                .build());
        assertThat(notModified.status()).isEqualTo(304);
    }

    @Test
    void public_reads_need_a_known_institution_and_a_year() {
        assertThat(get("/api/v1/statistics/institutions/no-such-institution?year=2019", null)
                        .status())
                .isEqualTo(404);
        assertThat(get("/api/v1/statistics/institutions/" + WAL, null).status()).isEqualTo(400);
        assertThat(get("/api/v1/statistics/network?year=abc", null).status()).isEqualTo(400);
    }

    // --- helpers ---

    /** A consistent report: 60 closed, a fifth of the complaints inadmissible. */
    private static String figures(int complaints, String sector, int sectorCount) {
        return "{\"complaintsReceived\":" + complaints + ",\"informationRequests\":30,\"outsideCompetence\":5,"
                + "\"referredOut\":3,\"admissible\":" + (complaints - complaints / 5) + ",\"inadmissible\":"
                + complaints / 5 + ",\"closed\":60,"
                + "\"founded\":20,\"partlyFounded\":10,\"unfounded\":20,\"noJudgement\":10,\"resolved\":30,"
                + "\"partlyResolved\":10,\"unresolved\":10,\"medianHandlingDays\":30.5,"
                + "\"handlingDaysBuckets\":{\"0-20\":20,\"21-45\":25,\"46-90\":10,\">90\":5},"
                + "\"bySector\":{\"" + sector + "\":" + sectorCount + "},"
                + "\"byLanguage\":{\"fr\":" + Math.min(complaints, 50) + ",\"nl\":0,\"de\":0,\"en\":0,\"other\":0}}";
    }

    private Response put(String token, int year, String body) {
        return send("PUT", "/api/v1/statistics/reports/" + year, token, "application/json", body);
    }

    private Response publish(String token, int year) {
        return send("POST", "/api/v1/statistics/reports/" + year + "/publish", token, null, null);
    }

    private JsonNode publicJson(String slug, int year) {
        Response response = get("/api/v1/statistics/institutions/" + slug + "?year=" + year, null);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static List<String> fields(Response response) {
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    private static Connection systemConnection() throws SQLException {
        TestDatabase database = TestDatabases.shared();
        return DriverManager.getConnection(
                database.url(), database.system().user(), database.system().password());
    }
}
