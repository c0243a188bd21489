package be.passerelle.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the API takes for text in query strings and JSON strings. */
class InputTextTest {

    @Test
    void query_strings_are_percent_encoded_utf8_without_control_characters() {
        assertThat(RequestTextFilter.isText("q=caf%C3%A9+%E2%82%AC&limit=10")).isTrue();
        assertThat(RequestTextFilter.isText("q=a%00b")).isFalse();
        assertThat(RequestTextFilter.isText("q=%01")).isFalse();
        assertThat(RequestTextFilter.isText("q=%7F")).isFalse();
        assertThat(RequestTextFilter.isText("q=%FF%FE")).isFalse();
        assertThat(RequestTextFilter.isText("q=%ED%A0%80")).isFalse();
        assertThat(RequestTextFilter.isText("q=%C0%AF")).isFalse();
        assertThat(RequestTextFilter.isText("q=%4")).isFalse();
        assertThat(RequestTextFilter.isText("q=%zz")).isFalse();
    }

    @Test
    void json_bodies_are_utf8_when_they_say_so() {
        assertThat(RequestTextFilter.utf8Json("application/json")).isTrue();
        assertThat(RequestTextFilter.utf8Json("application/json; charset=utf-8"))
                .isTrue();
        assertThat(RequestTextFilter.utf8Json("application/json; charset=UTF-16"))
                .isFalse();
        assertThat(RequestTextFilter.utf8Json("application/merge-patch+json; charset=ISO-8859-1"))
                .isFalse();
        assertThat(RequestTextFilter.utf8Json("text/plain; charset=UTF-16")).isTrue();
    }

    @Test
    void json_bodies_are_well_formed_utf8() throws IOException {
        assertThat(readsAsUtf8("{\"a\":\"café 😀 €\"}".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(readsAsUtf8(new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'})).isFalse();
        assertThat(readsAsUtf8(new byte[] {'"', (byte) 0x80, '"'})).isFalse();
        assertThat(readsAsUtf8(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}))
                .isFalse();
        assertThat(readsAsUtf8(new byte[] {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}))
                .isFalse();
        assertThat(readsAsUtf8(new byte[] {'"', (byte) 0xE2, (byte) 0x82})).isFalse();
    }

    private static boolean readsAsUtf8(byte[] bytes) throws IOException {
        ByteArrayInputStream source = new ByteArrayInputStream(bytes);
        ServletInputStream body = new ServletInputStream() {
            @Override
            public int read() {
                return source.read();
            }

            @Override
            public boolean isFinished() {
                return source.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {}
        };
        try (Utf8CheckingInputStream checked = new Utf8CheckingInputStream(body, Long.MAX_VALUE)) {
            checked.readAllBytes();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void json_strings_are_text_with_tabs_and_line_breaks_at_most() {
        assertThat(StrictJsonStrings.isText("Bonjour,\n\tmerci\r\n 😀 é")).isTrue();
        assertThat(StrictJsonStrings.isText("a\u0000b")).isFalse();
        assertThat(StrictJsonStrings.isText("\u001B[31m")).isFalse();
        assertThat(StrictJsonStrings.isText("a\u007F")).isFalse();
        assertThat(StrictJsonStrings.isText("a\uFFFD")).isFalse();
        assertThat(StrictJsonStrings.isText("a" + (char) 0xD800)).isFalse();
        assertThat(StrictJsonStrings.isText((char) 0xDC00 + "a")).isFalse();
        assertThat(StrictJsonStrings.isText("" + (char) 0xDC00 + (char) 0xD800)).isFalse();
    }
}
