package be.passerelle.core.directory;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A machine-readable reason: a code and its parameters, each a list of codes or values (area codes,
 * sector and body codes, institution slugs, levels, language codes, numbers). The API renders it
 * with {@link ReasonCatalogue}.
 */
public record Reason(ReasonCode code, Map<String, List<String>> parameters) {
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(parameters, "parameters");
        if (!parameters.keySet().equals(Set.copyOf(code.parameters()))) {
            throw new IllegalArgumentException(code + " takes the parameters " + code.parameters());
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String name : code.parameters()) {
            copy.put(name, List.copyOf(parameters.get(name)));
        }
        parameters = Collections.unmodifiableMap(copy);
    }

    /**
     * A reason from alternating parameter names and values; a value is a string, any other object
     * (as its string form) or a collection of them.
     */
    public static Reason of(ReasonCode code, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            List<String> values = value instanceof Collection<?> many
                    ? many.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(value));
            parameters.put((String) namesAndValues[i], values);
        }
        return new Reason(code, parameters);
    }

    /** The values of one parameter. */
    public List<String> values(String parameter) {
        List<String> values = parameters.get(parameter);
        if (values == null) {
            throw new IllegalArgumentException(code + " has no parameter " + parameter);
        }
        return values;
    }
}
