package be.passerelle.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.privacy.StreamSealer;
import be.passerelle.infra.crypto.AesGcmCipher;
import be.passerelle.infra.crypto.DevelopmentKeysets;
import be.passerelle.infra.crypto.Keyring;
import be.passerelle.infra.crypto.Keysets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** The crypto beans as start-up builds them from {@code passerelle.encryption.*}. */
class CryptoWiringTest {
    private static final String HMAC = "passerelle.encryption.hmac.key=" + EncryptionProperties.DEV_HMAC_KEY;

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Settings.class, CryptoWiring.class);

    @Test
    void the_keysets_given_as_values_seal_with_tink() {
        context.withPropertyValues(
                        HMAC,
                        "passerelle.encryption.keyset=" + DevelopmentKeysets.FIELDS,
                        "passerelle.encryption.stream-keyset=" + DevelopmentKeysets.STREAMS)
                .run(application -> {
                    assertThat(application).hasNotFailed();
                    assertThat(application.getBean(PersonalDataCipher.class).currentKeyId())
                            .isEqualTo("tink:3453729889");
                    assertThat(application.getBean(StreamSealer.class).currentKeyId())
                            .isEqualTo("tink-stream:2194098236");
                });
    }

    @Test
    void the_keysets_given_as_files_seal_with_tink_and_the_legacy_keyring_still_opens(@TempDir Path dir)
            throws IOException {
        Path fields = Files.writeString(dir.resolve("fields.json"), DevelopmentKeysets.FIELDS);
        Path streams = Files.writeString(dir.resolve("streams.json"), DevelopmentKeysets.STREAMS);
        Sealed old = new AesGcmCipher(Keyring.parse(EncryptionProperties.DEV_KEYS))
                .seal("before Tink".getBytes(StandardCharsets.UTF_8), "t:1:c");
        context.withPropertyValues(
                        HMAC,
                        "passerelle.encryption.keyset-file=" + fields,
                        "passerelle.encryption.stream-keyset-file=" + streams,
                        "passerelle.encryption.keys=" + EncryptionProperties.DEV_KEYS)
                .run(application -> {
                    PersonalDataCipher cipher = application.getBean(PersonalDataCipher.class);
                    assertThat(cipher.currentKeyId()).isEqualTo("tink:3453729889");
                    assertThat(new String(cipher.open(old, "t:1:c"), StandardCharsets.UTF_8))
                            .isEqualTo("before Tink");
                    StreamSealer sealer = application.getBean(StreamSealer.class);
                    ByteArrayOutputStream sealed = new ByteArrayOutputStream();
                    try (OutputStream out = sealer.sealing(sealed, "t:1:s")) {
                        out.write("a stream".getBytes(StandardCharsets.UTF_8));
                    }
                    assertThat(sealer.opening(new ByteArrayInputStream(sealed.toByteArray()), "t:1:s")
                                    .readAllBytes())
                            .asString(StandardCharsets.UTF_8)
                            .isEqualTo("a stream");
                });
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void the_development_keysets_are_warned_about_and_production_ones_are_not(CapturedOutput output) {
        context.withPropertyValues(
                        HMAC,
                        "passerelle.encryption.keyset=" + DevelopmentKeysets.FIELDS,
                        "passerelle.encryption.stream-keyset=" + DevelopmentKeysets.STREAMS)
                .run(application -> assertThat(application).hasNotFailed());
        assertThat(output)
                .contains("personal data is encrypted with the public DEVELOPMENT keys")
                .contains("attachments are encrypted with the public DEVELOPMENT keys");

        byte[] hmac = new byte[32];
        new SecureRandom().nextBytes(hmac);
        int before = output.length();
        context.withPropertyValues(
                        "passerelle.encryption.hmac.key=" + Base64.getEncoder().encodeToString(hmac),
                        "passerelle.encryption.keyset=" + Keysets.toJson(Keysets.generate(Keysets.Kind.FIELDS)),
                        "passerelle.encryption.stream-keyset=" + Keysets.toJson(Keysets.generate(Keysets.Kind.STREAMS)))
                .run(application -> assertThat(application).hasNotFailed());
        assertThat(output.toString().substring(before)).doesNotContain("DEVELOPMENT");
    }

    @Test
    void start_up_fails_when_the_fields_keyset_is_missing() {
        context.withPropertyValues(HMAC, "passerelle.encryption.stream-keyset=" + DevelopmentKeysets.STREAMS)
                .run(application -> assertThat(application)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageStartingWith("PASSERELLE_ENCRYPTION_KEYSET is missing"));
    }

    @Test
    void start_up_fails_when_the_stream_keyset_is_missing() {
        context.withPropertyValues(HMAC, "passerelle.encryption.keyset=" + DevelopmentKeysets.FIELDS)
                .run(application -> assertThat(application)
                        .getFailure()
                        .rootCause()
                        .hasMessageStartingWith("PASSERELLE_ENCRYPTION_STREAM_KEYSET is missing"));
    }

    @Test
    void start_up_fails_when_a_keyset_file_is_unreadable_or_of_the_wrong_kind(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.json");
        context.withPropertyValues(
                        HMAC,
                        "passerelle.encryption.keyset-file=" + missing,
                        "passerelle.encryption.stream-keyset=" + DevelopmentKeysets.STREAMS)
                .run(application -> assertThat(application)
                        .getFailure()
                        .rootCause()
                        .hasMessage("PASSERELLE_ENCRYPTION_KEYSET_FILE: cannot read " + missing + ": no such file"));
        Path swapped = Files.writeString(dir.resolve("streams.json"), DevelopmentKeysets.STREAMS);
        context.withPropertyValues(
                        HMAC,
                        "passerelle.encryption.keyset-file=" + swapped,
                        "passerelle.encryption.stream-keyset=" + DevelopmentKeysets.STREAMS)
                .run(application -> assertThat(application)
                        .getFailure()
                        .rootCause()
                        .hasMessageStartingWith("PASSERELLE_ENCRYPTION_KEYSET_FILE (" + swapped
                                + "): key 2194098236 is of the wrong type"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EncryptionProperties.class)
    static class Settings {}
}
