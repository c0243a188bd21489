package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A search of the directory: institutions with a competence in {@code sector}, whose territory
 * reaches {@code region} (a region or community code), serving {@code language}, and whose names or
 * descriptions match {@code text} (every word, as a prefix, accent- and case-insensitive; ranked).
 */
public record DirectoryFilter(
        Optional<String> sector, Optional<AreaCode> region, Optional<Language> language, Optional<String> text) {
    public static final int MAX_TEXT = 200;
    public static final int MAX_WORDS = 10;

    public DirectoryFilter {
        Objects.requireNonNull(sector, "sector");
        sector.ifPresent(Codes::sector);
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        text.ifPresent(t -> {
            if (t.length() > MAX_TEXT) {
                throw new InvalidInput("the search text has at most " + MAX_TEXT + " characters");
            }
        });
    }

    /**
     * The words of the search text: runs of letters and digits, at most {@value #MAX_WORDS}; empty
     * when the text has none.
     */
    public List<String> words() {
        List<String> words = new ArrayList<>();
        if (text.isEmpty()) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        String value = text.get();
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                word.appendCodePoint(codePoint);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            i += Character.charCount(codePoint);
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words.size() > MAX_WORDS ? List.copyOf(words.subList(0, MAX_WORDS)) : words;
    }

    public static DirectoryFilter none() {
        return new DirectoryFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
