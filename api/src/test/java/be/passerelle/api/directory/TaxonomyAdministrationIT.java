package be.passerelle.api.directory;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The network admin manages the taxonomies; nobody else may (SPEC §4.2). */
class TaxonomyAdministrationIT extends ApiIntegrationTest {

    @Test
    void the_network_admin_adds_a_sector_that_readers_see_in_their_language() {
        String code = "water-" + UUID.randomUUID().toString().substring(0, 6);
        Response added = send(
                "PUT",
                "/api/v1/taxonomy/sectors/" + code,
                tokenOf("network-admin"),
                "application/json",
                "{\"labels\":{\"fr\":\"Eau\",\"nl\":\"Water\",\"de\":\"Wasser\"}}");
        assertThat(added.status()).isEqualTo(201);
        Response relabelled = send(
                "PUT",
                "/api/v1/taxonomy/sectors/" + code,
                tokenOf("network-admin"),
                "application/json",
                "{\"labels\":{\"fr\":\"Eau et assainissement\",\"nl\":\"Water\"}}");
        assertThat(relabelled.status()).isEqualTo(204);
        Response dutch = send(request("/api/v1/taxonomy/sectors", null)
                .header("Accept-Language", "nl")
                .GET()
                .build());
        assertThat(dutch.body()).contains("\"code\":\"" + code + "\"").contains("\"label\":\"Water\"");
        assertThat(get("/api/v1/taxonomy/sectors", null).body()).contains("Eau et assainissement");
        assertThat(get("/api/v1/audit-events?limit=100", tokenOf("network-admin"))
                        .body())
                .contains("taxonomy.sector-added")
                .contains("taxonomy.sector-relabelled");
    }

    @Test
    void the_network_admin_corrects_an_area_label() {
        Response relabelled = send(
                "PUT",
                "/api/v1/taxonomy/areas/BE-BRU",
                tokenOf("network-admin"),
                "application/json",
                "{\"labels\":{\"fr\":\"Région de Bruxelles-Capitale\",\"nl\":\"Brussels Hoofdstedelijk Gewest\","
                        + "\"de\":\"Region Brüssel-Hauptstadt\",\"en\":\"Brussels-Capital Region\"}}");
        assertThat(relabelled.status()).isEqualTo(204);
        assertThat(send(
                                "PUT",
                                "/api/v1/taxonomy/areas/BE-NOWHERE",
                                tokenOf("network-admin"),
                                "application/json",
                                "{\"labels\":{\"fr\":\"Nulle part\"}}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void nobody_else_manages_the_taxonomies() {
        String body = "{\"labels\":{\"fr\":\"Pirate\"}}";
        assertThat(send("PUT", "/api/v1/taxonomy/sectors/energy", tokenOf("wal-admin"), "application/json", body)
                        .status())
                .isEqualTo(403);
        assertThat(send("PUT", "/api/v1/taxonomy/areas/BE", tokenOf("nrj-agent"), "application/json", body)
                        .status())
                .isEqualTo(403);
        assertThat(send("PUT", "/api/v1/taxonomy/sectors/energy", null, "application/json", body)
                        .status())
                .isEqualTo(401);
        assertThat(get("/api/v1/taxonomy/sectors", null).body()).doesNotContain("Pirate");
    }

    @Test
    void bad_codes_and_labels_are_400() {
        String admin = tokenOf("network-admin");
        assertThat(send(
                                "PUT",
                                "/api/v1/taxonomy/sectors/Not%20A%20Code",
                                admin,
                                "application/json",
                                "{\"labels\":{\"fr\":\"X\"}}")
                        .status())
                .isEqualTo(400);
        assertThat(send(
                                "PUT",
                                "/api/v1/taxonomy/sectors/ok-code",
                                admin,
                                "application/json",
                                "{\"labels\":{\"en\":\"English only\"}}")
                        .status())
                .isEqualTo(400);
        assertThat(send(
                                "PUT",
                                "/api/v1/taxonomy/sectors/ok-code",
                                admin,
                                "application/json",
                                "{\"labels\":{\"xx\":\"Unknown language\"}}")
                        .status())
                .isEqualTo(400);
    }
}
