package be.passerelle.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.directory.FieldProblem;
import be.passerelle.core.directory.InvalidFields;
import be.passerelle.core.shared.InvalidInput;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EgressPolicyTest {
    private static final EgressPolicy DEV = new EgressPolicy(true, true);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.5.5.5",
                "0.0.0.0",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "100.127.255.255",
                "192.0.0.8",
                "192.0.2.10",
                "198.18.0.1",
                "198.51.100.7",
                "203.0.113.9",
                "224.0.0.1",
                "240.0.0.1",
                "255.255.255.255",
                "::1",
                "::",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "ff02::1",
                "2001:db8::1",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.1",
                "64:ff9b::a00:1",
                "::a00:1"
            })
    void private_loopback_and_reserved_addresses_are_refused_in_production(String address) throws UnknownHostException {
        InetAddress ip = InetAddress.getByName(address);

        assertThat(EgressPolicy.STRICT.allows(ip)).isFalse();
        assertThat(DEV.allows(ip)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "193.191.208.1", "172.32.0.1", "100.128.0.1", "2a02:2788::1", "::ffff:8.8.4.4"})
    void public_addresses_are_allowed(String address) throws UnknownHostException {
        assertThat(EgressPolicy.STRICT.allows(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void every_resolved_address_must_be_allowed_and_there_must_be_one() throws UnknownHostException {
        InetAddress outside = InetAddress.getByName("8.8.8.8");
        InetAddress inside = InetAddress.getByName("10.0.0.1");

        assertThat(EgressPolicy.STRICT.allowsAll(List.of(outside))).isTrue();
        assertThat(EgressPolicy.STRICT.allowsAll(List.of(outside, inside))).isFalse();
        assertThat(EgressPolicy.STRICT.allowsAll(List.of())).isFalse();
    }

    @Test
    void production_takes_https_only_and_development_http_too() {
        assertThat(EgressPolicy.STRICT
                        .parse("https://hooks.example.be/passerelle")
                        .getHost())
                .isEqualTo("hooks.example.be");
        assertThatThrownBy(() -> EgressPolicy.STRICT.parse("http://hooks.example.be/"))
                .isInstanceOfSatisfying(
                        InvalidFields.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(new FieldProblem("url", "webhooks are sent over https only")));
        assertThat(DEV.parse("http://127.0.0.1:9000/hook").getPort()).isEqualTo(9000);
        assertThatThrownBy(() -> DEV.parse("ftp://hooks.example.be/")).isInstanceOf(InvalidInput.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "hooks.example.be/x",
                "https://",
                "https://user:pw@hooks.example.be/",
                "https://hooks.example.be/#x",
                "https://exa mple.be/"
            })
    void malformed_urls_are_invalid_input_on_the_url_field(String url) {
        assertThatThrownBy(() -> EgressPolicy.STRICT.parse(url))
                .isInstanceOfSatisfying(
                        InvalidFields.class,
                        refused -> assertThat(refused.problems())
                                .singleElement()
                                .extracting(FieldProblem::field)
                                .isEqualTo("url"));
    }
}
