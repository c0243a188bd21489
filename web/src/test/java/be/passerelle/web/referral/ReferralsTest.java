package be.passerelle.web.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferralsTest {

    @Test
    void the_next_page_is_the_cursor_of_the_apis_next_link() {
        assertThat(Referrals.cursorOf(
                        "http://api.example/api/v1/referrals?box=received&state=SENT&limit=2&cursor=eyJ0IjoiMjAyNiJ9"))
                .isEqualTo("eyJ0IjoiMjAyNiJ9");
    }

    @Test
    void the_last_page_has_no_next_cursor() {
        assertThat(Referrals.cursorOf(null)).isNull();
        assertThat(Referrals.cursorOf("")).isNull();
    }
}
