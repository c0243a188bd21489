package be.passerelle.api.directory;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The shared directory on the real stack: public reads, search, ETag/If-Match, history, the finder. */
class DirectoryApiIT extends ApiIntegrationTest {
    private static final String INSTITUTIONS = "/api/v1/directory/institutions";
    private static final String WALLONIA = INSTITUTIONS + "/mediateur-wallonie-fwb";
    private static final String ENERGY = INSTITUTIONS + "/energy-ombudsman";
    private static final String JSON_TYPE = "application/json";

    // Search

    @Test
    void search_without_accents_finds_mediateur_with_accents() {
        Response response = get(INSTITUTIONS + "?q=mediateur&limit=100", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(slugs(response.json()))
                .contains("mediateur-wallonie-fwb", "federal-ombudsman", "mediateur-charleroi");
        assertThat(slugs(response.json())).doesNotContain("vlaamse-ombudsdienst", "ombudsrail");
    }

    @Test
    void search_is_case_insensitive_and_finds_the_flemish_ombudsman_by_its_dutch_name() {
        List<String> found =
                slugs(get(INSTITUTIONS + "?q=OMBUDSDIENST&limit=100", null).json());

        assertThat(found).contains("vlaamse-ombudsdienst", "energy-ombudsman");
        assertThat(found).doesNotContain("federal-ombudsman");
    }

    @Test
    void search_ranks_the_closest_name_first_and_needs_every_word() {
        List<String> found =
                slugs(get(INSTITUTIONS + "?q=vlaamse%20ombudsdienst", null).json());

        assertThat(found).first().isEqualTo("vlaamse-ombudsdienst");
        assertThat(found).doesNotContain("energy-ombudsman");
    }

    @Test
    void search_tolerates_a_typo_through_trigrams() {
        assertThat(slugs(get(INSTITUTIONS + "?q=ombudsdenst", null).json())).contains("vlaamse-ombudsdienst");
    }

    @Test
    void filters_by_sector_region_and_language() {
        assertThat(slugs(get(INSTITUTIONS + "?sector=energy", null).json())).containsExactly("energy-ombudsman");

        List<String> german = slugs(
                get(INSTITUTIONS + "?region=DG&language=de&limit=100", null).json());
        assertThat(german).contains("ombudsdienst-dg", "federal-ombudsman", "mediateur-wallonie-fwb");
        assertThat(german).doesNotContain("vlaamse-ombudsdienst", "ombuds-bruxelles", "mediateur-charleroi");

        List<String> brussels =
                slugs(get(INSTITUTIONS + "?region=BE-BRU&limit=100", null).json());
        assertThat(brussels).contains("ombuds-bruxelles", "mediateur-ixelles", "vlaamse-ombudsdienst");
        assertThat(brussels).doesNotContain("ombudsvrouw-gent", "mediateur-charleroi");
    }

    @Test
    void unknown_filter_codes_are_400_problems() {
        assertThat(get(INSTITUTIONS + "?sector=teleportation", null).status()).isEqualTo(400);
        assertThat(get(INSTITUTIONS + "?region=MUN-GENT", null).status()).isEqualTo(400);
        Response language = get(INSTITUTIONS + "?language=xx", null);
        assertThat(language.status()).isEqualTo(400);
        assertThat(language.isProblem()).isTrue();
    }

    @Test
    void cursor_pagination_walks_every_institution_once() {
        // other tests create tenants (each with its entry): compare with one big page, not with 29
        Set<String> everyone =
                new HashSet<>(slugs(get(INSTITUTIONS + "?limit=100", null).json()));
        assertThat(everyone).hasSizeGreaterThanOrEqualTo(29);
        Set<String> seen = new HashSet<>();
        String next = INSTITUTIONS + "?limit=7";
        int pages = 0;
        while (next != null) {
            JsonNode page = get(next.replaceFirst("^https?://[^/]+", ""), null).json();
            List<String> slugs = slugs(page);
            assertThat(slugs.size()).isLessThanOrEqualTo(7);
            for (String slug : slugs) {
                assertThat(seen.add(slug)).as("seen twice: " + slug).isTrue();
            }
            next = page.path("next").isString() ? page.path("next").asString() : null;
            pages++;
        }
        assertThat(seen).isEqualTo(everyone);
        assertThat(pages).isEqualTo((everyone.size() + 6) / 7);
    }

    @Test
    void ranked_search_paginates_too() {
        List<String> all =
                slugs(get(INSTITUTIONS + "?q=ombudsman&limit=100", null).json());
        JsonNode first = get(INSTITUTIONS + "?q=ombudsman&limit=2", null).json();
        JsonNode second = get(first.path("next").asString().replaceFirst("^https?://[^/]+", ""), null)
                .json();

        List<String> paged = new ArrayList<>(slugs(first));
        paged.addAll(slugs(second));
        assertThat(all.size()).isGreaterThan(4);
        assertThat(paged).isEqualTo(all.subList(0, 4));
    }

    // One entry, ETag

    @Test
    void an_entry_is_public_with_an_etag_and_answers_304_to_if_none_match() {
        Response response = get(ENERGY, null);

        assertThat(response.status()).isEqualTo(200);
        String etag = response.header("ETag");
        assertThat(etag).matches("\"\\d+\\.\\d+\"");
        JsonNode body = response.json();
        assertThat(body.path("kind").asString()).isEqualTo("SECTORAL");
        assertThat(body.path("name").asString()).isEqualTo("Service de médiation de l'énergie");
        assertThat(body.path("entry").path("competences").get(0).path("sector").asString())
                .isEqualTo("energy");
        assertThat(body.path("entry")
                        .path("referralIntake")
                        .path("acceptsReferrals")
                        .asBoolean())
                .isTrue();

        Response again =
                send(request(ENERGY, null).header("If-None-Match", etag).GET().build());
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void an_entry_name_follows_accept_language() {
        Response response = send(request(ENERGY, null)
                .header("Accept-Language", "nl-BE,nl;q=0.9")
                .GET()
                .build());

        assertThat(response.json().path("name").asString()).isEqualTo("Ombudsdienst voor Energie");
    }

    @Test
    void an_unknown_institution_is_404() {
        assertThat(get(INSTITUTIONS + "/no-such-institution", null).status()).isEqualTo(404);
    }

    // PUT

    @Test
    void put_without_if_match_is_428() {
        Response response = put(WALLONIA, tokenOf("wal-admin"), null, body(WALLONIA));

        assertThat(response.status()).isEqualTo(428);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void put_with_a_stale_etag_is_412_and_changes_nothing() {
        String admin = tokenOf("wal-admin");
        Response before = get(WALLONIA, null);

        Response response = put(WALLONIA, admin, "\"999.999\"", withDescription(body(WALLONIA), "Jamais écrit"));

        assertThat(response.status()).isEqualTo(412);
        assertThat(get(WALLONIA, null).header("ETag")).isEqualTo(before.header("ETag"));
    }

    @Test
    void the_tenant_admin_replaces_its_entry_and_the_new_version_is_searchable_and_kept() {
        String admin = tokenOf("wal-admin");
        Response before = get(WALLONIA, null);
        ObjectNode entry =
                withDescription(body(WALLONIA), "Traite les réclamations visant les administrations wallonnes");
        ((ObjectNode) entry.path("contact")).put("email", "info@le-mediateur.example");

        Response response = put(WALLONIA, admin, before.header("ETag"), entry);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(response.json().path("version").asInt())
                .isEqualTo(before.json().path("version").asInt() + 1);
        assertThat(get(WALLONIA, null)
                        .json()
                        .path("entry")
                        .path("contact")
                        .path("email")
                        .asString())
                .isEqualTo("info@le-mediateur.example");
        assertThat(slugs(get(INSTITUTIONS + "?q=reclamations%20wallonnes", null).json()))
                .containsExactly("mediateur-wallonie-fwb");

        // The old ETag is now stale.
        assertThat(put(WALLONIA, admin, before.header("ETag"), entry).status()).isEqualTo(412);

        // History: the public sees the institution, the tenant's admin and network-admin see the user.
        JsonNode publicHistory = get(WALLONIA + "/history", null).json().path("items");
        assertThat(publicHistory.get(0).path("version").asInt())
                .isEqualTo(response.json().path("version").asInt());
        assertThat(publicHistory.get(0).path("author").path("type").asString()).isEqualTo("INSTITUTION");
        assertThat(publicHistory.get(0).path("author").path("username").isNull())
                .isTrue();
        assertThat(publicHistory.get(publicHistory.size() - 1).path("version").asInt())
                .isEqualTo(1);

        JsonNode adminHistory = get(WALLONIA + "/history", admin).json().path("items");
        assertThat(adminHistory.get(0).path("author").path("type").asString()).isEqualTo("USER");
        assertThat(adminHistory.get(0).path("author").path("username").asString())
                .isEqualTo("wal-admin");
        assertThat(adminHistory
                        .get(adminHistory.size() - 1)
                        .path("author")
                        .path("type")
                        .asString())
                .isEqualTo("SYSTEM");

        JsonNode networkHistory =
                get(WALLONIA + "/history", tokenOf("network-admin")).json().path("items");
        assertThat(networkHistory.get(0).path("author").path("username").asString())
                .isEqualTo("wal-admin");

        JsonNode otherAdminHistory =
                get(WALLONIA + "/history", tokenOf("vla-admin")).json().path("items");
        assertThat(otherAdminHistory.get(0).path("author").path("type").asString())
                .isEqualTo("INSTITUTION");

        // Audited in the tenant's own trail.
        JsonNode audit = get("/api/v1/audit-events?limit=100", admin).json().path("items");
        assertThat(audit.valueStream().map(e -> e.path("action").asString())).contains("directory.updated");
    }

    @Test
    void the_referral_intake_is_written_to_the_tenant_too() {
        String admin = tokenOf("nrj-admin");
        Response before = get(ENERGY, null);
        ObjectNode entry = body(ENERGY);
        ((ObjectNode) entry.path("referralIntake")).put("acknowledgementWorkingDays", 9);

        Response response = put(ENERGY, admin, before.header("ETag"), entry);

        assertThat(response.status()).isEqualTo(200);
        JsonNode intake = get(ENERGY, null).json().path("entry").path("referralIntake");
        assertThat(intake.path("acknowledgementWorkingDays").asInt()).isEqualTo(9);
        assertThat(intake.path("acceptsReferrals").asBoolean()).isTrue();
    }

    @Test
    void another_tenants_admin_gets_403_a_caseworker_403_and_anonymous_401() {
        String etag = get(WALLONIA, null).header("ETag");
        ObjectNode entry = body(WALLONIA);

        assertThat(put(WALLONIA, tokenOf("vla-admin"), etag, entry).status()).isEqualTo(403);
        assertThat(put(WALLONIA, tokenOf("wal-agent"), etag, entry).status()).isEqualTo(403);
        assertThat(put(WALLONIA, tokenOf("network-admin"), etag, entry).status())
                .isEqualTo(403);
        assertThat(put(WALLONIA, null, etag, entry).status()).isEqualTo(401);
        assertThat(get(WALLONIA, null).header("ETag")).isEqualTo(etag);
    }

    @Test
    void another_tenants_admin_gets_403_whatever_if_match_it_sends() {
        ObjectNode entry = body(WALLONIA);

        assertThat(put(WALLONIA, tokenOf("vla-admin"), "\"not-one-of-ours\"", entry)
                        .status())
                .isEqualTo(403);
        assertThat(put(WALLONIA, tokenOf("wal-admin"), "\"not-one-of-ours\"", entry)
                        .status())
                .isEqualTo(412);
    }

    @Test
    void put_with_unknown_taxonomy_codes_is_400_naming_the_fields() {
        String etag = get(WALLONIA, null).header("ETag");
        ObjectNode entry = body(WALLONIA);
        ObjectNode competence = (ObjectNode) entry.path("competences").get(0);
        competence.put("sector", "teleportation");
        competence.putArray("territory").add("BE-WAL").add("ATLANTIS");

        Response response = put(WALLONIA, tokenOf("wal-admin"), etag, entry);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString()))
                .contains("competences[0].sector", "competences[0].territory[1]");
    }

    @Test
    void put_without_french_or_dutch_name_and_with_bad_fields_is_400() {
        String etag = get(WALLONIA, null).header("ETag");
        ObjectNode entry = body(WALLONIA);
        entry.putObject("names").put("en", "Only English");
        ((ObjectNode) entry.path("referralIntake")).put("acknowledgementWorkingDays", 0);
        ((ObjectNode) entry.path("contact")).put("website", "not a url");

        Response response = put(WALLONIA, tokenOf("wal-admin"), etag, entry);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString()))
                .contains("referralIntake.acknowledgementWorkingDays", "contact.website");

        Response names = put(WALLONIA, tokenOf("wal-admin"), etag, withNames(body(WALLONIA)));
        assertThat(names.status()).isEqualTo(400);
        assertThat(names.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString()))
                .contains("names");
    }

    // Taxonomies

    @Test
    void taxonomies_are_public_and_labelled_in_the_accept_language() {
        JsonNode french = get("/api/v1/taxonomy/sectors", null).json();
        JsonNode dutch = send(request("/api/v1/taxonomy/sectors", null)
                        .header("Accept-Language", "nl")
                        .GET()
                        .build())
                .json();
        JsonNode german = send(request("/api/v1/taxonomy/areas", null)
                        .header("Accept-Language", "de-BE, fr;q=0.5")
                        .GET()
                        .build())
                .json();

        assertThat(label(french, "energy")).isEqualTo("Énergie");
        assertThat(label(dutch, "energy")).isEqualTo("Energie");
        assertThat(label(german, "BE-BRU")).isEqualTo("Region Brüssel-Hauptstadt");
        assertThat(label(get("/api/v1/taxonomy/areas", null).json(), "DG")).isEqualTo("Communauté germanophone");
        JsonNode bodies = get("/api/v1/taxonomy/bodies", null).json();
        assertThat(bodies.valueStream().map(b -> b.path("code").asString())).contains("STIB-MIVB", "VIVAQUA");
    }

    // Competence finder

    @Test
    void finder_sends_eupen_energy_to_the_energy_ombudsman_explained_in_german() {
        Response response = match("{\"postalCode\":\"4700\",\"sector\":\"energy\",\"language\":\"de\"}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("competent").asBoolean()).isTrue();
        assertThat(body.path("location").path("region").path("code").asString()).isEqualTo("BE-WAL");
        assertThat(body.path("location")
                        .path("communities")
                        .valueStream()
                        .map(c -> c.path("code").asString()))
                .containsExactly("DG");
        JsonNode best = body.path("candidates").get(0);
        assertThat(best.path("institution").path("slug").asString()).isEqualTo("energy-ombudsman");
        assertThat(best.path("institution").path("name").asString()).isEqualTo("Ombudsdienst für Energie");
        assertThat(best.path("reasons").valueStream().map(r -> r.path("text").asString()))
                .anySatisfy(text -> assertThat(text).contains("Energie"));
        assertThat(best.path("conditions").valueStream().map(r -> r.path("code").asString()))
                .contains("PRIOR_CONTACT_WITH_COMPANY");
    }

    @Test
    void finder_sends_a_brussels_regional_matter_to_ombuds_bruxelles_in_dutch() {
        JsonNode body = match("{\"postalCode\":\"1000\",\"adminLevel\":\"REGIONAL\",\"language\":\"nl\"}")
                .json();

        assertThat(candidates(body)).first().isEqualTo("ombuds-bruxelles");
        assertThat(body.path("language").asString()).isEqualTo("nl");
    }

    @Test
    void finder_says_when_a_postal_code_is_shared_and_considers_both_municipalities() {
        JsonNode body = match("{\"postalCode\":\"1050\",\"adminLevel\":\"LOCAL\",\"language\":\"fr\"}")
                .json();

        assertThat(body.path("notes").valueStream().map(n -> n.path("code").asString()))
                .contains("POSTAL_CODE_SHARED");
        assertThat(body.path("location")
                        .path("municipalities")
                        .valueStream()
                        .map(m -> m.path("code").asString()))
                .containsExactlyInAnyOrder("MUN-IXELLES", "MUN-BRUXELLES");
        assertThat(candidates(body)).contains("mediateur-ixelles");
    }

    @Test
    void finder_never_sends_a_stib_complaint_to_ombuds_bruxelles() {
        JsonNode body = match("{\"body\":\"STIB-MIVB\",\"postalCode\":\"1000\",\"text\":\"Mon bus était en retard\"}")
                .json();

        assertThat(candidates(body)).contains("ombuds-stib").doesNotContain("ombuds-bruxelles");
        assertThat(body.path("notes").valueStream().map(n -> n.path("code").asString()))
                .contains("BODY_OVERRIDES_LOCATION");
    }

    @Test
    void finder_names_the_orientation_point_when_nobody_is_competent() {
        JsonNode body = match("{\"postalCode\":\"4000\",\"adminLevel\":\"LOCAL\",\"language\":\"en\"}")
                .json();

        assertThat(body.path("competent").asBoolean()).isFalse();
        assertThat(body.path("candidates").isEmpty()).isTrue();
        assertThat(body.path("orientation").get(0).path("slug").asString()).isEqualTo("federal-ombudsman");
        assertThat(body.path("notes").valueStream().map(n -> n.path("code").asString()))
                .contains("NO_COMPETENT_INSTITUTION", "ORIENTATION_POINT");
    }

    @Test
    void finder_refuses_postal_codes_outside_the_belgian_ranges_and_unknown_codes() {
        for (String code : List.of("0999", "12345", "B-1000")) {
            Response response = match("{\"postalCode\":\"" + code + "\"}");
            assertThat(response.status()).as(code).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.json().path("errors").get(0).path("field").asString())
                    .isEqualTo("postalCode");
        }
        assertThat(match("{\"sector\":\"teleportation\"}").status()).isEqualTo(400);
        assertThat(match("{\"body\":\"ACME\"}").status()).isEqualTo(400);
        assertThat(match("{\"language\":\"fr\"}").status()).isEqualTo(400);
        assertThat(match("{\"postalCode\":\"1000\",\"colour\":\"red\"}").status())
                .isEqualTo(400);
    }

    @Test
    void finder_does_not_echo_the_citizens_text_in_errors() {
        Response response = match("{\"postalCode\":\"0999\",\"text\":\"mon voisin Jean Dupont\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Dupont");
    }

    // Helpers

    private Response match(String json) {
        return send("POST", "/api/v1/directory/match", null, JSON_TYPE, json);
    }

    private Response put(String path, String token, String ifMatch, JsonNode body) {
        var builder = request(path, token).header("Content-Type", JSON_TYPE);
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /** The entry's current content, ready to send back. */
    private ObjectNode body(String path) {
        return (ObjectNode) get(path, null).json().path("entry");
    }

    private static ObjectNode withDescription(ObjectNode entry, String french) {
        entry.putObject("descriptions").put("fr", french);
        return entry;
    }

    private static ObjectNode withNames(ObjectNode entry) {
        entry.putObject("names").put("en", "Only English").put("de", "Nur Deutsch");
        return entry;
    }

    private static List<String> slugs(JsonNode page) {
        return page.path("items")
                .valueStream()
                .map(i -> i.path("slug").asString())
                .toList();
    }

    private static List<String> candidates(JsonNode body) {
        return body.path("candidates")
                .valueStream()
                .map(c -> c.path("institution").path("slug").asString())
                .toList();
    }

    private static String label(JsonNode list, String code) {
        return list.valueStream()
                .filter(item -> item.path("code").asString().equals(code))
                .map(item -> item.path("label").asString())
                .findFirst()
                .orElseThrow();
    }
}
