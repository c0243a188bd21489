package be.passerelle.core.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.TenantId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReferralPartiesTest {
    private static final TenantId WAL = new TenantId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private static final TenantId NRJ = new TenantId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));
    private static final TenantId THIRD = new TenantId(UUID.fromString("00000000-0000-0000-0000-00000000000c"));

    private final ReferralParties parties = new ReferralParties(WAL, NRJ);

    @Test
    void sender_and_receiver_are_recognized() {
        assertThat(parties.partyOf(WAL)).isEqualTo(Party.SENDER);
        assertThat(parties.partyOf(NRJ)).isEqualTo(Party.RECEIVER);
        assertThat(parties.tenantOf(Party.SENDER)).isEqualTo(WAL);
        assertThat(parties.tenantOf(Party.RECEIVER)).isEqualTo(NRJ);
    }

    @Test
    void third_tenant_gets_not_found_as_if_the_referral_did_not_exist() {
        assertThat(parties.find(THIRD)).isEmpty();
        assertThatThrownBy(() -> parties.partyOf(THIRD))
                .isInstanceOf(NotFound.class)
                .hasMessage("referral not found");
    }

    @Test
    void a_tenant_cannot_refer_to_itself() {
        assertThatThrownBy(() -> new ReferralParties(WAL, WAL)).isInstanceOf(IllegalArgumentException.class);
    }
}
