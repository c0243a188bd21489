package be.passerelle.infra.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.privacy.Sealed;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TinkPersonalDataCipherTest {
    private static final byte[] JEANNE = "Jeanne Dupont".getBytes(StandardCharsets.UTF_8);
    private static final UUID ROW = UUID.fromString("7a1c0e52-0000-4000-8000-000000000001");
    private static final UUID OTHER_ROW = UUID.fromString("7a1c0e52-0000-4000-8000-000000000002");

    private static String context(UUID row, String column) {
        return "referrals:" + row + ":" + column;
    }

    @Test
    void a_sealed_value_opens_with_its_context_and_hides_the_plaintext() {
        KeysetHandle keyset = Keysets.generate(Keysets.Kind.FIELDS);
        TinkPersonalDataCipher cipher = TinkPersonalDataCipher.of(keyset);

        Sealed sealed = cipher.seal(JEANNE, context(ROW, "citizen"));

        assertThat(sealed.keyId())
                .isEqualTo(cipher.currentKeyId())
                .isEqualTo(
                        "tink:" + Integer.toUnsignedString(keyset.getPrimary().getId()));
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("Dupont");
        assertThat(cipher.open(sealed, context(ROW, "citizen"))).isEqualTo(JEANNE);
        assertThat(cipher.seal(JEANNE, context(ROW, "citizen")).ciphertext()).isNotEqualTo(sealed.ciphertext());
    }

    @Test
    void a_value_copied_to_another_row_or_column_does_not_open() {
        TinkPersonalDataCipher cipher = TinkPersonalDataCipher.of(Keysets.generate(Keysets.Kind.FIELDS));
        Sealed sealed = cipher.seal(JEANNE, context(ROW, "citizen"));

        assertThatThrownBy(() -> cipher.open(sealed, context(OTHER_ROW, "citizen")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open");
        assertThatThrownBy(() -> cipher.open(sealed, context(ROW, "summary")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_tampered_value_does_not_open() {
        TinkPersonalDataCipher cipher = TinkPersonalDataCipher.of(Keysets.generate(Keysets.Kind.FIELDS));
        Sealed sealed = cipher.seal(JEANNE, "c");
        byte[] stored = sealed.ciphertext();
        stored[stored.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.open(new Sealed(sealed.keyId(), stored), "c"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_legacy_value_opens_and_is_due_for_re_sealing_into_the_tink_format() {
        AesGcmCipher legacy =
                new AesGcmCipher(Keyring.parse("k1:" + Base64.getEncoder().encodeToString(new byte[32])));
        Sealed old = legacy.seal(JEANNE, context(ROW, "citizen"));
        TinkPersonalDataCipher cipher =
                TinkPersonalDataCipher.withLegacy(Keysets.generate(Keysets.Kind.FIELDS), legacy);

        assertThat(cipher.open(old, context(ROW, "citizen"))).isEqualTo(JEANNE);
        assertThat(old.keyId()).isNotEqualTo(cipher.currentKeyId());
        Sealed moved = cipher.seal(cipher.open(old, context(ROW, "citizen")), context(ROW, "citizen"));
        assertThat(moved.keyId()).isEqualTo(cipher.currentKeyId()).startsWith(TinkPersonalDataCipher.MARKER);
        assertThat(cipher.open(moved, context(ROW, "citizen"))).isEqualTo(JEANNE);
        assertThatThrownBy(() -> cipher.open(old, context(OTHER_ROW, "citizen")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_legacy_value_without_the_legacy_keyring_names_what_is_missing() {
        AesGcmCipher legacy =
                new AesGcmCipher(Keyring.parse("k1:" + Base64.getEncoder().encodeToString(new byte[32])));
        Sealed old = legacy.seal(JEANNE, "c");
        TinkPersonalDataCipher cipher = TinkPersonalDataCipher.of(Keysets.generate(Keysets.Kind.FIELDS));

        assertThatThrownBy(() -> cipher.open(old, "c"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("legacy key k1")
                .hasMessageContaining("PASSERELLE_ENCRYPTION_KEYS");
        assertThatThrownBy(() -> cipher.open(new Sealed("other:1", old.ciphertext()), "c"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown encryption format");
    }

    @Test
    void after_a_new_primary_old_values_still_open_and_the_current_key_changes() throws GeneralSecurityException {
        KeysetHandle first = Keysets.generate(Keysets.Kind.FIELDS);
        TinkPersonalDataCipher before = TinkPersonalDataCipher.of(first);
        Sealed old = before.seal(JEANNE, "c");

        KeysetHandle rotated = withNewPrimary(first);
        TinkPersonalDataCipher after = TinkPersonalDataCipher.of(rotated);

        assertThat(after.currentKeyId())
                .isNotEqualTo(before.currentKeyId())
                .isEqualTo(
                        "tink:" + Integer.toUnsignedString(rotated.getPrimary().getId()));
        assertThat(old.keyId()).isNotEqualTo(after.currentKeyId());
        assertThat(after.open(old, "c")).isEqualTo(JEANNE);
        assertThat(after.seal(JEANNE, "c").keyId()).isEqualTo(after.currentKeyId());
    }

    @Test
    void a_disabled_key_no_longer_opens_its_values() throws GeneralSecurityException {
        KeysetHandle first = Keysets.generate(Keysets.Kind.FIELDS);
        Sealed old = TinkPersonalDataCipher.of(first).seal(JEANNE, "c");
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(withNewPrimary(first));
        builder.getAt(0).setStatus(KeyStatus.DISABLED);
        TinkPersonalDataCipher cipher = TinkPersonalDataCipher.of(builder.build());

        assertThatThrownBy(() -> cipher.open(old, "c"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("retired");
    }

    @Test
    void a_destroyed_key_no_longer_opens_its_values() throws GeneralSecurityException {
        KeysetHandle first = Keysets.generate(Keysets.Kind.FIELDS);
        Sealed old = TinkPersonalDataCipher.of(first).seal(JEANNE, "c");
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(withNewPrimary(first));
        builder.deleteAt(0);
        TinkPersonalDataCipher cipher = TinkPersonalDataCipher.of(builder.build());

        assertThatThrownBy(() -> cipher.open(old, "c")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_streams_keyset_is_refused_for_fields() {
        assertThatThrownBy(() -> TinkPersonalDataCipher.of(Keysets.generate(Keysets.Kind.STREAMS)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrong type");
    }

    static KeysetHandle withNewPrimary(KeysetHandle keyset) throws GeneralSecurityException {
        return KeysetHandle.newBuilder(keyset)
                .addEntry(KeysetHandle.generateEntryFromParameters(Keysets.Kind.FIELDS.parameters())
                        .withRandomId()
                        .makePrimary())
                .build();
    }
}
