package be.passerelle.infra.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.privacy.Sealed;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysCommandTest {
    private static final byte[] PLAIN = "Jeanne Dupont".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int keys(String... args) {
        out.reset();
        err.reset();
        return new KeysCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static KeysetHandle fields(Path file) throws IOException {
        return Keysets.parse(Keysets.Kind.FIELDS, file.toString(), Files.readString(file));
    }

    @Test
    void create_writes_a_new_owner_only_keyset_of_one_primary_key() throws IOException {
        Path file = directory.resolve("fields.json");

        assertThat(keys("create", "--kind", "fields", "--file", file.toString()))
                .isZero();

        KeysetHandle keyset = fields(file);
        assertThat(keyset.size()).isOne();
        assertThat(keyset.getPrimary().getStatus()).isEqualTo(KeyStatus.ENABLED);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(err())
                .contains("created " + file)
                .contains(Keysets.id(keyset.getPrimary().getId()));
        assertThat(out()).isEmpty();
    }

    @Test
    void create_without_a_file_prints_the_keyset() {
        assertThat(keys("create", "--kind", "streams")).isZero();

        assertThat(Keysets.parse(Keysets.Kind.STREAMS, "out", out()).size()).isOne();
    }

    @Test
    void create_does_not_overwrite_a_keyset() throws IOException {
        Path file = directory.resolve("fields.json");
        keys("create", "--kind", "fields", "--file", file.toString());
        String before = Files.readString(file);

        assertThat(keys("create", "--kind", "fields", "--file", file.toString()))
                .isOne();
        assertThat(err()).contains("exists already");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void wrong_usage_is_exit_status_2_with_the_usage() {
        assertThat(keys()).isEqualTo(2);
        assertThat(keys("create", "--file", directory.resolve("k.json").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("create needs --kind").contains("usage: KeysCommand");
        assertThat(keys("create", "--kind", "passwords")).isEqualTo(2);
        assertThat(keys("promote", "--file", "k.json")).isEqualTo(2);
        assertThat(err()).contains("promote needs the id of a key");
        assertThat(keys("rotate", "--file", "k.json")).isEqualTo(2);
        assertThat(keys("list", "12", "--file", "k.json")).isEqualTo(2);
    }

    @Test
    void list_shows_ids_status_and_primary_but_never_key_material() throws IOException {
        Path file = directory.resolve("fields.json");
        keys("create", "--kind", "fields", "--file", file.toString());
        keys("add", "--file", file.toString());
        KeysetHandle keyset = fields(file);

        assertThat(keys("list", "--file", file.toString())).isZero();

        String primary = Keysets.id(keyset.getPrimary().getId());
        String added = Keysets.id(keyset.getAt(1).getId());
        assertThat(out())
                .containsPattern(primary + " +ENABLED +primary +AES-256-GCM")
                .containsPattern(added + " +ENABLED +- +AES-256-GCM");
        Matcher material = Pattern.compile("\"value\":\"([^\"]+)\"").matcher(Files.readString(file));
        while (material.find()) {
            assertThat(out()).doesNotContain(material.group(1));
        }
    }

    @Test
    void the_whole_rotation_add_a_primary_re_seal_disable_and_destroy_the_old_key() throws IOException {
        Path file = directory.resolve("fields.json");
        keys("create", "--kind", "fields", "--file", file.toString());
        TinkPersonalDataCipher first = TinkPersonalDataCipher.of(fields(file));
        Sealed old = first.seal(PLAIN, "c");
        String oldId = Keysets.id(fields(file).getPrimary().getId());

        assertThat(keys("add", "--file", file.toString(), "--primary")).isZero();
        TinkPersonalDataCipher rotated = TinkPersonalDataCipher.of(fields(file));
        assertThat(rotated.currentKeyId()).isNotEqualTo(first.currentKeyId());
        assertThat(err()).contains("added fields key " + rotated.currentKeyId().substring(5) + " (primary)");
        assertThat(rotated.open(old, "c")).isEqualTo(PLAIN);
        Sealed moved = rotated.seal(rotated.open(old, "c"), "c"); // what the re-keying job does

        assertThat(keys("destroy", oldId, "--file", file.toString())).isOne();
        assertThat(err()).contains("disable it first");
        assertThat(keys("disable", oldId, "--file", file.toString())).isZero();
        TinkPersonalDataCipher retired = TinkPersonalDataCipher.of(fields(file));
        assertThatThrownBy(() -> retired.open(old, "c")).isInstanceOf(IllegalStateException.class);
        assertThat(retired.open(moved, "c")).isEqualTo(PLAIN);

        assertThat(keys("destroy", oldId, "--file", file.toString())).isZero();
        assertThat(fields(file).size()).isOne();
        keys("list", "--file", file.toString());
        assertThat(out()).doesNotContain(oldId);
        assertThat(TinkPersonalDataCipher.of(fields(file)).open(moved, "c")).isEqualTo(PLAIN);
    }

    @Test
    void a_key_added_without_primary_is_promoted_later() throws IOException {
        Path file = directory.resolve("streams.json");
        keys("create", "--kind", "streams", "--file", file.toString());
        String firstId = Keysets.id(Keysets.parse(Keysets.Kind.STREAMS, "f", Files.readString(file))
                .getPrimary()
                .getId());

        keys("add", "--file", file.toString());
        KeysetHandle added = Keysets.parse(Keysets.Kind.STREAMS, "f", Files.readString(file));
        assertThat(Keysets.id(added.getPrimary().getId())).isEqualTo(firstId);
        String newId = Keysets.id(added.getAt(1).getId());

        assertThat(keys("promote", newId, "--file", file.toString())).isZero();
        assertThat(Keysets.id(Keysets.parse(Keysets.Kind.STREAMS, "f", Files.readString(file))
                        .getPrimary()
                        .getId()))
                .isEqualTo(newId);
        keys("list", "--file", file.toString());
        assertThat(out()).containsPattern(newId + " +ENABLED +primary +AES-256-GCM-HKDF streaming");
    }

    @Test
    void the_primary_cannot_be_disabled_nor_a_disabled_key_promoted() throws IOException {
        Path file = directory.resolve("fields.json");
        keys("create", "--kind", "fields", "--file", file.toString());
        String primary = Keysets.id(fields(file).getPrimary().getId());
        keys("add", "--file", file.toString());
        String other = Keysets.id(fields(file).getAt(1).getId());

        assertThat(keys("disable", primary, "--file", file.toString())).isOne();
        assertThat(err()).contains("is the primary: promote another key first");
        keys("disable", other, "--file", file.toString());
        assertThat(keys("promote", other, "--file", file.toString())).isOne();
        assertThat(err()).contains("is DISABLED: enable it first");
        assertThat(keys("enable", other, "--file", file.toString())).isZero();
        assertThat(keys("promote", other, "--file", file.toString())).isZero();
        assertThat(keys("disable", "12345", "--file", file.toString())).isOne();
        assertThat(err()).contains("has no key 12345");
    }

    @Test
    void a_file_that_is_not_a_keyset_is_reported() throws IOException {
        Path file = Files.writeString(directory.resolve("notes.txt"), "not a keyset");

        assertThat(keys("list", "--file", file.toString())).isOne();
        assertThat(err()).contains(file + " is not a Tink JSON keyset");
        assertThat(keys("list", "--file", directory.resolve("nowhere.json").toString()))
                .isOne();
        assertThat(err()).contains("cannot read");
    }
}
