package be.passerelle.core.statistics;

/** Complaints by the citizen's language: French, Dutch, German, English, another. */
public record LanguageCounts(int fr, int nl, int de, int en, int other) {
    public static final LanguageCounts NONE = new LanguageCounts(0, 0, 0, 0, 0);

    public long total() {
        return (long) fr + nl + de + en + other;
    }

    public LanguageCounts plus(LanguageCounts o) {
        return new LanguageCounts(fr + o.fr, nl + o.nl, de + o.de, en + o.en, other + o.other);
    }
}
