package be.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in French, Dutch, German and English, and every key a template uses exists. */
class MessageBundlesTest {
    private static final List<String> LANGUAGES = List.of("fr", "nl", "de", "en");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9.]*)[}(]");

    @ParameterizedTest
    @ValueSource(strings = {"nl", "de", "en"})
    void every_language_has_the_same_keys_as_french(String language) {
        assertThat(bundle(language).stringPropertyNames())
                .as("keys of messages_%s against messages_fr", language)
                .containsExactlyInAnyOrderElementsOf(bundle("fr").stringPropertyNames());
    }

    @Test
    void no_text_is_empty() {
        for (String language : LANGUAGES) {
            Properties bundle = bundle(language);
            assertThat(bundle.stringPropertyNames())
                    .as("empty texts in messages_%s", language)
                    .allSatisfy(key -> assertThat(bundle.getProperty(key)).isNotBlank());
        }
    }

    @Test
    void every_key_a_template_names_is_in_the_bundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    used.add(keys.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(bundle("fr").stringPropertyNames()).containsAll(used);
    }

    static Properties bundle(String language) {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            assertThat(in).as("messages_%s.properties", language).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
