package be.passerelle.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.web.WebIntegrationTest;
import be.passerelle.web.scenario.Browser;
import be.passerelle.web.scenario.Scenario;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/**
 * The network admin's tenant pages, as journeys: creating a tenant (refusals next to their fields first),
 * renaming it and setting its rate limit; suspending it after a confirmation (its users are then locked out)
 * and reactivating it; importing the seed again. Every tenant changed here is the scenario's own; the seed's
 * tenants are only read.
 */
class NetworkTenantsScenarioIT extends WebIntegrationTest {
    private NetworkApi api;

    @BeforeEach
    void api() {
        api = new NetworkApi(stack);
    }

    @Scenario
    void the_network_admin_creates_a_tenant_renames_it_and_sets_its_rate_limit(Browser browser) {
        String slug = NetworkApi.uniqueSlug("scn-new");
        browser.signInAt("/network/tenants", "network-admin");
        assertThat(browser.text("h1")).isEqualTo("Tenants");
        assertThat(browser.texts("tr.tenant th.slug")).contains("energy-ombudsman", "federal-ombudsman");
        browser.screenshot("network-tenants");

        browser.click("a.new-tenant");
        assertThat(browser.text("h1")).isEqualTo("New tenant");
        browser.fill("#slug", slug)
                .select("#kind", "LOCAL")
                .fill("#adminEmail", NetworkApi.email(slug))
                .fill("#name-en", "Ombudsman " + slug)
                .click("form.new-tenant button[type=submit]");
        assertThat(browser.text("#name-names-error")).isEqualTo("Give at least a French or a Dutch name.");
        assertThat(browser.find("fieldset.texts").getDomAttribute("aria-describedby"))
                .contains("name-names-error");
        assertThat(api.status("/api/v1/tenants/" + slug, api.adminToken()))
                .as("nothing created")
                .isEqualTo(404);

        browser.fill("#slug", "Not A Slug")
                .fill("#name-fr", "Médiateur " + slug)
                .fill("#adminEmail", "not-an-email")
                .click("form.new-tenant button[type=submit]");
        assertThat(browser.text("#slug-error")).startsWith("Give a slug of lower-case letters");
        assertThat(browser.find("#slug").getDomAttribute("aria-describedby")).contains("slug-error");
        assertThat(browser.find("#slug").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#adminEmail-error")).startsWith("Give a valid email address");
        assertThat(browser.value("#name-fr")).as("what was typed stays").isEqualTo("Médiateur " + slug);
        assertThat(browser.find("#name-fr").getDomAttribute("lang")).isEqualTo("fr");
        browser.screenshot("network-tenant-new");

        browser.fill("#slug", slug)
                .fill("#adminEmail", NetworkApi.email(slug))
                .click("form.new-tenant button[type=submit]");
        assertThat(browser.path()).isEqualTo("/network/tenants/" + slug);
        assertThat(browser.text(".flash"))
                .isEqualTo("Tenant " + slug + " created; the invitation was sent to " + NetworkApi.email(slug) + ".");
        assertThat(browser.text("dd.status")).isEqualTo("Active");
        JsonNode created = api.tenant(slug);
        assertThat(created.get("kind").asString()).isEqualTo("LOCAL");
        assertThat(created.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(created.get("names").get("fr").asString()).isEqualTo("Médiateur " + slug);
        assertThat(created.get("names").get("en").asString()).isEqualTo("Ombudsman " + slug);

        browser.open("/network/tenants/new")
                .fill("#slug", slug)
                .select("#kind", "LOCAL")
                .fill("#name-fr", "Doublon")
                .fill("#adminEmail", "other-" + NetworkApi.email(slug))
                .click("form.new-tenant button[type=submit]");
        assertThat(browser.text(".form-error")).isEqualTo("This slug is taken, or this email already has an account.");

        browser.open("/network/tenants/" + slug)
                .fill("#name-nl", "Ombudsman " + slug)
                .fill("#name-en", "")
                .select("#kind", "REGIONAL")
                .click("form.edit button[type=submit]");
        assertThat(browser.text(".flash")).isEqualTo("The names and kind were saved.");
        assertThat(browser.text("dd.kind")).isEqualTo("Regional");
        JsonNode renamed = api.tenant(slug);
        assertThat(renamed.get("kind").asString()).isEqualTo("REGIONAL");
        assertThat(renamed.get("names").propertyNames()).as("English removed").containsExactlyInAnyOrder("fr", "nl");

        JsonNode byDefault = api.rateLimit(slug);
        assertThat(byDefault.get("custom").asBoolean()).isFalse();
        long window = byDefault.get("windowSeconds").asLong();
        assertThat(browser.text("p.current-limit")).startsWith("The default limit:");
        browser.fill("#requestsPerWindow", "0").click("form.rate-limit button[type=submit]");
        assertThat(browser.text("#requestsPerWindow-error")).isEqualTo("Give a whole number from 1 to 100,000,000.");
        assertThat(browser.find("#requestsPerWindow").getDomAttribute("aria-describedby"))
                .isEqualTo("requestsPerWindow-error");
        assertThat(api.rateLimit(slug).get("custom").asBoolean()).isFalse();

        browser.fill("#requestsPerWindow", "1234").click("form.rate-limit button[type=submit]");
        assertThat(browser.text(".flash")).isEqualTo("The rate limit was set.");
        assertThat(browser.text("p.current-limit"))
                .isEqualTo("Its own limit: 1,234 requests per " + window
                        + " seconds, shared by its users and API clients.");
        JsonNode custom = api.rateLimit(slug);
        assertThat(custom.get("custom").asBoolean()).isTrue();
        assertThat(custom.get("requestsPerWindow").asLong()).isEqualTo(1234);
        browser.screenshot("network-tenant");

        browser.click("form.rate-limit-reset button[type=submit]");
        assertThat(browser.text(".flash")).isEqualTo("The default rate limit applies again.");
        assertThat(browser.text("p.current-limit")).startsWith("The default limit:");
        assertThat(browser.has("form.rate-limit-reset")).isFalse();
        JsonNode reset = api.rateLimit(slug);
        assertThat(reset.get("custom").asBoolean()).isFalse();
        assertThat(reset.get("requestsPerWindow").asLong())
                .isEqualTo(byDefault.get("requestsPerWindow").asLong());
    }

    @Scenario
    void a_suspension_is_confirmed_first_locks_the_tenants_users_out_and_a_reactivation_lets_them_in(Browser browser) {
        String slug = NetworkApi.uniqueSlug("scn-susp");
        api.createTenant(slug);
        String adminId = stack.keycloak().userId(NetworkApi.email(slug));
        stack.keycloak().completeAccount(adminId, "scenario-password");
        String tenantAdmin = stack.keycloak().accessToken(NetworkApi.email(slug), "scenario-password");
        assertThat(api.status("/api/v1/me", tenantAdmin)).isEqualTo(200);

        browser.signInAt("/network/tenants/" + slug, "network-admin");
        browser.click("a.suspend");
        assertThat(browser.path()).isEqualTo("/network/tenants/" + slug + "/suspend");
        assertThat(browser.text("h1")).isEqualTo("Suspend the tenant " + slug + "?");
        assertThat(browser.texts("ul.suspend-effects li"))
                .hasSize(4)
                .first()
                .isEqualTo("its users and API clients are refused (403) from their very next request;");
        browser.screenshot("network-tenant-suspend");
        browser.click("a.cancel");
        assertThat(browser.path()).isEqualTo("/network/tenants/" + slug);
        assertThat(api.tenant(slug).get("status").asString())
                .as("nothing happens before the confirmation")
                .isEqualTo("ACTIVE");

        browser.click("a.suspend").click("form.suspend-confirm button[type=submit]");
        assertThat(browser.path()).isEqualTo("/network/tenants/" + slug);
        assertThat(browser.text(".flash")).isEqualTo("The tenant is suspended.");
        assertThat(browser.text("dd.status")).isEqualTo("Suspended");
        assertThat(browser.text(".suspended-note p")).startsWith("This tenant is suspended");
        assertThat(browser.has("a.suspend")).isFalse();
        assertThat(api.tenant(slug).get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(api.status("/api/v1/me", tenantAdmin))
                .as("the suspended tenant's admin is refused")
                .isEqualTo(403);

        assertThat(statusInTheList(browser, slug)).isEqualTo("Suspended");

        browser.open("/network/tenants/" + slug).click("form.reactivate button[type=submit]");
        assertThat(browser.text(".flash")).isEqualTo("The tenant is active again.");
        assertThat(browser.text("dd.status")).isEqualTo("Active");
        assertThat(api.tenant(slug).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(api.status("/api/v1/me", tenantAdmin)).as("let in again").isEqualTo(200);
    }

    /**
     * The seed is already in the shared database (the stack imports it when it starts), and the import only
     * adds the institutions that are not tenants yet: importing again creates nothing and changes no tenant,
     * which is what this checks, so the seed tenants other tests use are left as they are.
     */
    @Scenario
    void importing_the_seed_again_creates_nothing_and_changes_no_tenant(Browser browser) {
        Map<String, JsonNode> before = api.tenants();

        browser.signInAt("/network/tenants", "network-admin");
        assertThat(browser.text("section.tenant-import p")).contains("importing twice creates nothing");
        browser.click("form.import button[type=submit]");

        assertThat(browser.path()).isEqualTo("/network/tenants");
        assertThat(browser.text(".flash"))
                .isEqualTo("Import done: 0 tenant(s) created; the others already existed and were left unchanged.");
        assertThat(browser.text("dd.import-created")).isEqualTo("0");
        assertThat(api.tenants()).isEqualTo(before);
    }

    /** The tenant's state in the list, following its pages until its row. */
    private static String statusInTheList(Browser browser, String slug) {
        browser.open("/network/tenants");
        for (int page = 0; page < 20; page++) {
            if (browser.has("#tenant-" + slug)) {
                return browser.text("#tenant-" + slug + " td.status");
            }
            if (!browser.has("a.next")) {
                break;
            }
            browser.click("a.next");
        }
        throw new AssertionError(slug + " is in no page of the list");
    }
}
