package be.passerelle.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.web.WebIntegrationTest;
import be.passerelle.web.scenario.Browser;
import be.passerelle.web.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * The network admin's taxonomies, as journeys: adding a sector (refusals next to their fields first) and
 * relabelling it, relabelling an area (and putting its labels back), and the 403 page for everyone else on
 * every network page. Only the scenario's own sector is created; the area's labels are restored.
 */
class NetworkTaxonomiesScenarioIT extends WebIntegrationTest {
    private static final String AREA = "BE-WAL";

    private NetworkApi api;

    @BeforeEach
    void api() {
        api = new NetworkApi(stack);
    }

    @Scenario
    void the_network_admin_adds_a_sector_in_four_languages_and_relabels_it(Browser browser) {
        String code = "scn-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> energy = api.labels("sectors", "energy");
        browser.signInAt("/network/taxonomies", "network-admin");
        assertThat(browser.text("h1")).isEqualTo("Taxonomies");
        assertThat(browser.text("#sector-energy .label-nl")).isEqualTo(energy.get("nl"));
        assertThat(browser.find("#sector-energy .label-nl").getDomAttribute("lang"))
                .isEqualTo("nl");
        browser.screenshot("network-taxonomies");

        browser.fill("#code", code).fill("#label-de", "Nur Deutsch").click("form.new-sector button[type=submit]");
        assertThat(browser.text("#label-names-error")).isEqualTo("Give at least a French or a Dutch label.");
        assertThat(browser.value("#label-de")).isEqualTo("Nur Deutsch");

        browser.fill("#code", "Not A Code")
                .fill("#label-fr", "Secteur " + code)
                .click("form.new-sector button[type=submit]");
        assertThat(browser.text("#code-error")).startsWith("Give a code:");
        assertThat(browser.find("#code").getDomAttribute("aria-describedby")).contains("code-error");

        browser.fill("#code", "energy").click("form.new-sector button[type=submit]");
        assertThat(browser.text("#code-error"))
                .isEqualTo("A sector already has this code; edit its labels in the table instead.");
        assertThat(api.labels("sectors", "energy")).as("energy untouched").isEqualTo(energy);

        browser.fill("#code", code)
                .fill("#label-nl", "Sector " + code)
                .fill("#label-en", "Sector " + code + " (en)")
                .click("form.new-sector button[type=submit]");
        assertThat(browser.text(".flash")).isEqualTo("The sector " + code + " was added.");
        assertThat(browser.text("#sector-" + code + " .label-fr")).isEqualTo("Secteur " + code);
        assertThat(browser.text("#sector-" + code + " .label-de")).isEqualTo("Nur Deutsch");
        assertThat(api.labels("sectors", code))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "fr", "Secteur " + code,
                        "nl", "Sector " + code,
                        "de", "Nur Deutsch",
                        "en", "Sector " + code + " (en)"));

        browser.click("#sector-" + code + " a.edit");
        assertThat(browser.text("h1")).isEqualTo("Labels of the sector " + code);
        browser.fill("#label-fr", "").fill("#label-nl", "").click("form.relabel button[type=submit]");
        assertThat(browser.text("#label-names-error")).isEqualTo("Give at least a French or a Dutch label.");
        browser.fill("#label-nl", "Nieuwe sector " + code)
                .fill("#label-de", "")
                .click("form.relabel button[type=submit]");
        assertThat(browser.text(".flash")).isEqualTo("The labels of the sector " + code + " were saved.");
        assertThat(api.labels("sectors", code))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("nl", "Nieuwe sector " + code, "en", "Sector " + code + " (en)"));
    }

    @Scenario
    void the_network_admin_relabels_an_area(Browser browser) {
        Map<String, String> original = api.labels("areas", AREA);
        try {
            browser.signInAt("/network/taxonomies", "network-admin");
            assertThat(browser.text("#area-" + AREA + " .label-en")).isEqualTo(original.get("en"));
            browser.click("#area-" + AREA + " a.edit");
            assertThat(browser.text("h1")).isEqualTo("Labels of the area " + AREA);
            assertThat(browser.value("#label-fr")).isEqualTo(original.get("fr"));
            browser.screenshot("network-area");

            browser.fill("#label-en", "Wallonia (scenario)").click("form.relabel button[type=submit]");
            assertThat(browser.path()).isEqualTo("/network/taxonomies");
            assertThat(browser.text(".flash")).isEqualTo("The labels of the area " + AREA + " were saved.");
            assertThat(browser.text("#area-" + AREA + " .label-en")).isEqualTo("Wallonia (scenario)");
            assertThat(api.labels("areas", AREA)).containsEntry("en", "Wallonia (scenario)");
            assertThat(api.labels("areas", AREA)).containsEntry("fr", original.get("fr"));
        } finally {
            api.relabelArea(AREA, original);
        }
        assertThat(api.labels("areas", AREA)).isEqualTo(original);
    }

    @Scenario
    void a_tenant_admin_gets_the_403_page_on_the_network_pages_even_for_what_the_api_shows_them(Browser browser) {
        browser.signInAt("/network/tenants", "nrj-admin");
        for (String path : List.of(
                "/network/tenants",
                // the API shows a tenant's admin their own tenant and its rate limit: the page does not
                "/network/tenants/energy-ombudsman",
                "/network/tenants/energy-ombudsman/suspend",
                "/network/tenants/new",
                // the taxonomies are public in the API: their management pages are not
                "/network/taxonomies",
                "/network/taxonomies/sectors/energy",
                "/network/taxonomies/areas/" + AREA)) {
            browser.open(path);
            assertThat(browser.text("p.problem")).as(path).isEqualTo("You have no access to this page.");
            assertThat(browser.has("nav.network-nav")).isFalse();
        }
    }

    @Scenario
    void a_caseworker_gets_the_403_page_on_the_network_pages(Browser browser) {
        browser.signInAt("/network/tenants", "nrj-agent");
        assertThat(browser.text("p.problem")).isEqualTo("You have no access to this page.");
        browser.open("/network/taxonomies");
        assertThat(browser.text("p.problem")).isEqualTo("You have no access to this page.");
        browser.open("/network/tenants/energy-ombudsman");
        assertThat(browser.text("p.problem")).isEqualTo("You have no access to this page.");
    }

    @Scenario
    void the_network_admin_on_an_institutions_page_gets_the_403_page_leading_back_to_the_network(Browser browser) {
        browser.signInAt("/admin/directory", "network-admin");

        assertThat(browser.text("p.problem")).isEqualTo("You have no access to this page.");
        browser.click("main a.back");
        assertThat(browser.path()).isEqualTo("/network/tenants");
    }
}
