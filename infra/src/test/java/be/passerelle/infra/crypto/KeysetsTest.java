package be.passerelle.infra.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.KeysetHandle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysetsTest {
    private static final String VARIABLE = "PASSERELLE_ENCRYPTION_KEYSET";
    private static final String STREAMS_MATERIAL = "EgcIgCAQIBgDGiCJtmfB6Ub+HT3d7D3CpobhlJLsS+Et/tlL3RQUn1WsLw==";

    @TempDir
    Path directory;

    @Test
    void a_keyset_loads_from_the_variable_value() {
        KeysetHandle keyset = Keysets.load(Keysets.Kind.FIELDS, VARIABLE, DevelopmentKeysets.FIELDS, null);

        assertThat(Keysets.id(keyset.getPrimary().getId())).isEqualTo("3453729889");
    }

    @Test
    void a_keyset_loads_from_the_file_named_by_the_file_variable() throws IOException {
        Path file = Files.writeString(directory.resolve("streams.json"), DevelopmentKeysets.STREAMS);

        KeysetHandle keyset = Keysets.fromEnvironment(
                Keysets.Kind.STREAMS,
                "PASSERELLE_ENCRYPTION_STREAM_KEYSET",
                Map.of("PASSERELLE_ENCRYPTION_STREAM_KEYSET_FILE", file.toString())::get);

        assertThat(Keysets.id(keyset.getPrimary().getId())).isEqualTo("2194098236");
    }

    @Test
    void a_missing_keyset_names_both_variables() {
        assertThatThrownBy(() -> Keysets.fromEnvironment(Keysets.Kind.FIELDS, VARIABLE, Map.<String, String>of()::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("PASSERELLE_ENCRYPTION_KEYSET is missing")
                .hasMessageContaining("PASSERELLE_ENCRYPTION_KEYSET_FILE")
                .hasMessageContaining("KeysCommand create --kind fields");
        assertThatThrownBy(() -> Keysets.load(Keysets.Kind.FIELDS, VARIABLE, "  ", ""))
                .hasMessageStartingWith("PASSERELLE_ENCRYPTION_KEYSET is missing");
    }

    @Test
    void a_keyset_given_twice_is_refused() {
        assertThatThrownBy(() -> Keysets.load(Keysets.Kind.FIELDS, VARIABLE, DevelopmentKeysets.FIELDS, "/k.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(
                        "PASSERELLE_ENCRYPTION_KEYSET and PASSERELLE_ENCRYPTION_KEYSET_FILE are both set");
    }

    @Test
    void a_missing_file_is_named() {
        Path missing = directory.resolve("nowhere.json");

        assertThatThrownBy(() -> Keysets.load(Keysets.Kind.FIELDS, VARIABLE, null, missing.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("PASSERELLE_ENCRYPTION_KEYSET_FILE: cannot read " + missing + ": no such file");
    }

    @Test
    void a_directory_is_not_a_readable_file() {
        assertThatThrownBy(() -> Keysets.load(Keysets.Kind.FIELDS, VARIABLE, null, directory.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("PASSERELLE_ENCRYPTION_KEYSET_FILE: cannot read " + directory + ": it is a directory");
    }

    @Test
    void text_that_is_not_a_keyset_is_refused_without_being_quoted() throws IOException {
        assertThatThrownBy(() -> Keysets.load(Keysets.Kind.FIELDS, VARIABLE, "k1:c2VjcmV0LW1hdGVyaWFs", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("PASSERELLE_ENCRYPTION_KEYSET is not a Tink JSON keyset")
                .message()
                .doesNotContain("c2VjcmV0LW1hdGVyaWFs");
        Path file = Files.writeString(directory.resolve("k.json"), "{\"hello\": \"world\"}");
        assertThatThrownBy(() -> Keysets.load(Keysets.Kind.FIELDS, VARIABLE, null, file.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("PASSERELLE_ENCRYPTION_KEYSET_FILE (" + file + ")");
    }

    @Test
    void a_keyset_of_the_wrong_key_type_is_refused_without_its_material() {
        assertThatThrownBy(() -> Keysets.load(Keysets.Kind.FIELDS, VARIABLE, DevelopmentKeysets.STREAMS, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("PASSERELLE_ENCRYPTION_KEYSET: key 2194098236 is of the wrong type")
                .hasMessageContaining("a fields keyset holds AES-256-GCM keys only")
                .message()
                .doesNotContain(STREAMS_MATERIAL);
        assertThatThrownBy(() -> Keysets.load(
                        Keysets.Kind.STREAMS, "PASSERELLE_ENCRYPTION_STREAM_KEYSET", DevelopmentKeysets.FIELDS, null))
                .hasMessageContaining("a streams keyset holds AES-256-GCM-HKDF streaming keys only");
    }

    @Test
    void a_keyset_whose_primary_is_disabled_is_refused() {
        String disabled = DevelopmentKeysets.FIELDS.replace("\"ENABLED\"", "\"DISABLED\"");

        assertThatThrownBy(() -> Keysets.load(Keysets.Kind.FIELDS, VARIABLE, disabled, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("PASSERELLE_ENCRYPTION_KEYSET has no enabled primary key");
    }

    @Test
    void the_development_keysets_are_recognised_as_such() {
        assertThat(DevelopmentKeysets.isDevelopment(DevelopmentKeysets.fields()))
                .isTrue();
        assertThat(DevelopmentKeysets.isDevelopment(DevelopmentKeysets.streams()))
                .isTrue();
        assertThat(DevelopmentKeysets.isDevelopment(Keysets.generate(Keysets.Kind.FIELDS)))
                .isFalse();
    }
}
