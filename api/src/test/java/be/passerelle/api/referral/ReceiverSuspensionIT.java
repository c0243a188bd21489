package be.passerelle.api.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Suspending a receiver tells the senders of its open referrals, who may then withdraw (SPEC §4.1). */
class ReceiverSuspensionIT extends ApiIntegrationTest {

    @Test
    void senders_are_told_and_may_withdraw_even_after_acceptance() {
        String wal = tokenOf("wal-agent");
        String vla = tokenOf("vla-agent");
        Response created = send("POST", "/api/v1/referrals", wal, "application/json", body("vlaamse-ombudsdienst"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(send("POST", "/api/v1/referrals/" + id + "/accept", vla, null, null)
                        .status())
                .isEqualTo(200);

        String admin = tokenOf("network-admin");
        try {
            assertThat(send("POST", "/api/v1/tenants/vlaamse-ombudsdienst/suspend", admin, null, null)
                            .status())
                    .isEqualTo(200);
            assertThat(get("/api/v1/directory/institutions/vlaamse-ombudsdienst", null)
                            .body())
                    .contains("\"acceptsReferrals\":false");
            Response match = send(
                    "POST",
                    "/api/v1/directory/match",
                    null,
                    "application/json",
                    "{\"postalCode\":\"9000\",\"adminLevel\":\"REGIONAL\",\"language\":\"nl\"}");
            assertThat(acceptsReferralsIn(match, "vlaamse-ombudsdienst")).isFalse();
            Response timeline = get("/api/v1/referrals/" + id + "/events", wal);
            assertThat(timeline.status()).isEqualTo(200);
            assertThat(timeline.body()).contains("receiver-suspended");
            Response withdrawn = send(
                    "POST",
                    "/api/v1/referrals/" + id + "/withdraw",
                    wal,
                    "application/json",
                    "{\"reason\":\"the receiver is suspended\"}");
            assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
            assertThat(withdrawn.json().path("state").asString()).isEqualTo("WITHDRAWN");
        } finally {
            send("POST", "/api/v1/tenants/vlaamse-ombudsdienst/reactivate", admin, null, null);
        }
        assertThat(get("/api/v1/directory/institutions/vlaamse-ombudsdienst", null)
                        .body())
                .contains("\"acceptsReferrals\":true");
    }

    private static boolean acceptsReferralsIn(Response match, String slug) {
        for (var candidate : match.json().path("candidates")) {
            if (slug.equals(candidate.path("institution").path("slug").asString())) {
                return candidate.path("institution").path("acceptsReferrals").asBoolean();
            }
        }
        throw new AssertionError(slug + " is not a candidate: " + match.body());
    }

    private static String body(String receiver) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        return "{\"receiver\":\"" + receiver + "\",\"subject\":\"Klacht " + marker + "\","
                + "\"summary\":\"De burger betwist een beslissing.\",\"sector\":\"energy\",\"language\":\"nl\","
                + "\"citizen\":{\"firstName\":\"Jan\",\"lastName\":\"Peeters\",\"postalCode\":\"9000\","
                + "\"preferredLanguage\":\"nl\"},\"consent\":{\"given\":true,\"obtainedAt\":\"2026-11-20T10:15:30Z\","
                + "\"channel\":\"email\",\"textVersion\":\"2026-01\"},\"priorContactMade\":true}";
    }
}
