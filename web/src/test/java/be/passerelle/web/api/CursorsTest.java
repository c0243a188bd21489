package be.passerelle.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CursorsTest {

    @Test
    void the_next_page_is_the_opaque_cursor_of_the_apis_next_link() {
        assertThat(Cursors.cursorOf(
                        "http://api.example/api/v1/referrals?box=received&state=SENT&limit=2&cursor=eyJ0IjoiMjAyNiJ9"))
                .isEqualTo("eyJ0IjoiMjAyNiJ9");
        assertThat(Cursors.cursorOf("https://api.example/api/v1/audit-events?limit=20&cursor=abc123&action=x"))
                .isEqualTo("abc123");
        assertThat(Cursors.cursorOf("/api/v1/tenants?limit=50&cursor=c2x1Zw")).isEqualTo("c2x1Zw");
    }

    @Test
    void the_last_page_has_no_next_cursor() {
        assertThat(Cursors.cursorOf(null)).isNull();
        assertThat(Cursors.cursorOf("")).isNull();
        assertThat(Cursors.cursorOf(" ")).isNull();
    }
}
