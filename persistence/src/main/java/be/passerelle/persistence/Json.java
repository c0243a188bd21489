package be.passerelle.persistence;

import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.JSONB;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON columns of the schema, to and from core types. */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {};

    private Json() {}

    public static JSONB localized(LocalizedText text) {
        Map<String, String> byCode = new LinkedHashMap<>();
        text.values().forEach((language, value) -> byCode.put(language.code(), value));
        return JSONB.valueOf(MAPPER.writeValueAsString(byCode));
    }

    public static LocalizedText localized(JSONB json) {
        Map<String, String> byCode = MAPPER.readValue(json.data(), STRING_MAP);
        Map<Language, String> values = new EnumMap<>(Language.class);
        byCode.forEach((code, value) -> Language.fromCode(code).ifPresent(l -> values.put(l, value)));
        return new LocalizedText(values);
    }
}
