package be.passerelle.api.referral;

import static be.passerelle.api.DemoTenant.VLA;
import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

/** Suspending a receiver tells the senders of its open referrals, who may then withdraw (SPEC §4.1). */
class ReceiverSuspensionIT extends ApiIntegrationTest {

    @Test
    void senders_are_told_and_may_withdraw_even_after_acceptance() {
        String wal = tokenOf("wal-agent");
        String vla = tokenOf("vla-agent");
        Response created = submit(aReferral().from(WAL).to(VLA));
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
}
