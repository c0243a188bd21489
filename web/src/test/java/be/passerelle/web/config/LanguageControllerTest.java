package be.passerelle.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageControllerTest {

    @ParameterizedTest
    @ValueSource(strings = {"/received", "/received?state=SENT&cursor=abc", "/status", "/referrals/1{x}"})
    void the_switch_returns_to_a_page_of_this_web_client(String page) {
        assertThat(LanguageController.backTo(page)).isEqualTo(page);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"//evil.example/", "/\\evil.example", "https://evil.example/", "evil", "", "/a\r\nSet-Cookie: x"
            })
    void never_to_another_site(String page) {
        assertThat(LanguageController.backTo(page)).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {" "})
    void nor_to_nothing(String blank) {
        assertThat(LanguageController.backTo(null)).isEqualTo("/");
        assertThat(LanguageController.backTo(blank)).isEqualTo("/");
    }
}
