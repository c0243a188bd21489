package be.passerelle.api.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * JSON strings as the API accepts them: a JSON string token only (no number or boolean turned
 * into text), and text only: no NUL or other control character but tab, line feed and carriage
 * return, no unpaired surrogate, no U+FFFD (what a decoder puts for bytes that were not UTF-8).
 * Anything else is a 400 like any other wrong type or format.
 */
final class StrictJsonStrings extends StdDeserializer<String> {

    StrictJsonStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getString();
        if (!isText(text)) {
            throw context.weirdStringException(text, String.class, "not text");
        }
        return text;
    }

    static boolean isText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == '\uFFFD') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
