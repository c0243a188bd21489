package be.passerelle.web.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;

class SessionAttributeCipherTest {
    static final String KEYSET =
            "{\"primaryKeyId\":876147248,\"key\":[{\"keyData\":{\"typeUrl\":\"type.googleapis.com/google.crypto.tink.AesGcmKey\","
                    + "\"value\":\"GiAKt2aQQgQ7QRO57bY6aAYSknuqMhuOUzsMgg8aYr3EsA==\",\"keyMaterialType\":\"SYMMETRIC\"},"
                    + "\"status\":\"ENABLED\",\"keyId\":876147248,\"outputPrefixType\":\"TINK\"}]}";

    private final SessionAttributeCipher cipher = new SessionAttributeCipher(KEYSET);

    @Test
    void a_session_attribute_is_stored_sealed_and_read_back() {
        ConversionService conversions = new SessionConfiguration().springSessionConversionService(cipher);
        String token = "eyJhbGciOiJSUzI1NiJ9.access-token-of-the-user";

        byte[] stored = conversions.convert(token, byte[].class);

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("eyJ");
        assertThat(conversions.convert(stored, Object.class)).isEqualTo(token);
    }

    @Test
    void an_altered_value_is_refused() {
        byte[] sealed = cipher.seal("value".getBytes(StandardCharsets.UTF_8));
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void no_keyset_no_start() {
        assertThatThrownBy(() -> new SessionAttributeCipher("")).hasMessageContaining("PASSERELLE_WEB_SESSION_KEYSET");
    }
}
