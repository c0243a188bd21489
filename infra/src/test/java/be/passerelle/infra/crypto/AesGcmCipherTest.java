package be.passerelle.infra.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.privacy.Sealed;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmCipherTest {
    private static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String K2 = Base64.getEncoder().encodeToString(filled(32, (byte) 7));

    private static byte[] filled(int size, byte value) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, value);
        return bytes;
    }

    @Test
    void a_sealed_value_opens_with_its_context_and_hides_the_plaintext() {
        AesGcmCipher cipher = new AesGcmCipher(Keyring.parse("k1:" + K1));
        byte[] plain = "Jeanne Dupont".getBytes(StandardCharsets.UTF_8);
        Sealed sealed = cipher.seal(plain, "referral:1:citizen");
        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("Dupont");
        assertThat(cipher.open(sealed, "referral:1:citizen")).isEqualTo(plain);
    }

    @Test
    void the_same_value_sealed_twice_differs() {
        AesGcmCipher cipher = new AesGcmCipher(Keyring.parse("k1:" + K1));
        byte[] plain = "x".getBytes(StandardCharsets.UTF_8);
        assertThat(cipher.seal(plain, "c").ciphertext())
                .isNotEqualTo(cipher.seal(plain, "c").ciphertext());
    }

    @Test
    void a_value_moved_to_another_context_does_not_open() {
        AesGcmCipher cipher = new AesGcmCipher(Keyring.parse("k1:" + K1));
        Sealed sealed = cipher.seal("secret".getBytes(StandardCharsets.UTF_8), "referral:1:citizen");
        assertThatThrownBy(() -> cipher.open(sealed, "referral:2:citizen")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_tampered_value_does_not_open() {
        AesGcmCipher cipher = new AesGcmCipher(Keyring.parse("k1:" + K1));
        byte[] stored =
                cipher.seal("secret".getBytes(StandardCharsets.UTF_8), "c").ciphertext();
        stored[stored.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.open(new Sealed("k1", stored), "c")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void after_rotation_new_values_use_the_first_key_and_old_ones_still_open() {
        Sealed old = new AesGcmCipher(Keyring.parse("k1:" + K1)).seal("old".getBytes(StandardCharsets.UTF_8), "c");
        AesGcmCipher rotated = new AesGcmCipher(Keyring.parse("k2:" + K2 + ", k1:" + K1));
        assertThat(rotated.seal(new byte[] {1}, "c").keyId()).isEqualTo("k2");
        assertThat(rotated.open(old, "c")).isEqualTo("old".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_value_of_a_removed_key_does_not_open() {
        Sealed old = new AesGcmCipher(Keyring.parse("k1:" + K1)).seal(new byte[] {1}, "c");
        AesGcmCipher other = new AesGcmCipher(Keyring.parse("k2:" + K2));
        assertThatThrownBy(() -> other.open(old, "c")).hasMessageContaining("unknown encryption key k1");
    }

    @Test
    void malformed_keyrings_are_refused_without_showing_key_material() {
        assertThatThrownBy(() -> Keyring.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keyring.parse("nokey")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keyring.parse("k1:c2hvcnQ=")).hasMessageNotContaining("c2hvcnQ");
        assertThatThrownBy(() -> Keyring.parse("k1:" + K1 + ",k1:" + K2)).hasMessageContaining("twice");
        assertThat(Keyring.parse("k1:" + K1).toString()).doesNotContain(K1);
    }

    @Test
    void the_hmac_depends_on_key_context_and_secret_and_compares() {
        HmacSecretDigest digest = new HmacSecretDigest(filled(32, (byte) 1));
        byte[] value = digest.digest("PSR-2026-AAAAAA", "CODE");
        assertThat(digest.matches(value, "PSR-2026-AAAAAA", "CODE")).isTrue();
        assertThat(digest.matches(value, "PSR-2026-AAAAAB", "CODE")).isFalse();
        assertThat(digest.matches(value, "PSR-2026-AAAAAA", "CODF")).isFalse();
        assertThat(new HmacSecretDigest(filled(32, (byte) 2)).matches(value, "PSR-2026-AAAAAA", "CODE"))
                .isFalse();
        assertThatThrownBy(() -> new HmacSecretDigest(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
