package be.passerelle.core.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The mails' texts in French, Dutch, German and English ({@code mails_<language>.properties} beside
 * this class), with named placeholders. A mail names only non-personal facts: what happened, the
 * public reference, the other institution, the sector, the due date, a reason code, an outcome, the
 * institution a referral went to, and the link to the referral's page. Dates are in Europe/Brussels.
 */
public final class MailTexts {
    public static final Set<String> LANGUAGES = Set.of("fr", "nl", "de", "en");
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final Map<String, Properties> texts = new LinkedHashMap<>();
    private final String webBaseUrl;

    /** @param webBaseUrl the web client's address, as staff reach it (the referral's page is under it) */
    public MailTexts(String webBaseUrl) {
        this.webBaseUrl = webBaseUrl.endsWith("/") ? webBaseUrl.substring(0, webBaseUrl.length() - 1) : webBaseUrl;
        for (String language : List.of("fr", "nl", "de", "en")) {
            texts.put(language, load(language));
        }
    }

    /** The keys of one language's texts (a test compares the languages). */
    public static Set<String> keys(String language) {
        return load(language).stringPropertyNames();
    }

    public String link(ReferralFacts facts) {
        return webBaseUrl + "/referrals/" + facts.id();
    }

    public String subject(NotificationKind kind, String language, ReferralFacts facts) {
        return fill(text(language, "subject." + kind.name()), values(kind, language, facts));
    }

    public String body(NotificationKind kind, String language, ReferralFacts facts) {
        Map<String, String> values = values(kind, language, facts);
        Institution other = other(kind, facts);
        String otherLabel = kind.audience() == NotificationKind.Audience.SENDER ? "label.to" : "label.from";
        StringBuilder body = new StringBuilder();
        body.append(fill(text(language, "headline." + kind.name()), values)).append("\n\n");
        line(body, text(language, "label.reference"), facts.publicReference());
        line(body, text(language, otherLabel), other.nameIn(language));
        line(body, text(language, "label.sector"), facts.sectorIn(language));
        line(body, text(language, "label.due"), date(facts.dueAt(), language));
        body.append('\n')
                .append(text(language, "label.link"))
                .append(":\n")
                .append(link(facts))
                .append("\n\n-- \n")
                .append(text(language, "footer"))
                .append('\n');
        return body.toString();
    }

    public String digestSubject(String language, Instant at, int count) {
        return fill(
                text(language, "digest.subject"), Map.of("date", date(at, language), "count", String.valueOf(count)));
    }

    public String digestBody(String language, List<NotificationStore.DigestItem> items) {
        StringBuilder body = new StringBuilder();
        body.append(text(language, "digest.intro")).append("\n\n");
        for (NotificationStore.DigestItem item : items) {
            body.append("- ")
                    .append(item.publicReference())
                    .append(" — ")
                    .append(text(language, "kind." + item.kind().name()))
                    .append(" — ")
                    .append(date(item.at(), language))
                    .append('\n')
                    .append("  ")
                    .append(webBaseUrl)
                    .append("/referrals/")
                    .append(item.referral())
                    .append('\n');
        }
        body.append("\n-- \n").append(text(language, "footer")).append('\n');
        return body.toString();
    }

    /** A date as people of {@code language} write it, in Brussels. */
    public static String date(Instant at, String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(language + "-BE"))
                .format(at.atZone(BRUSSELS));
    }

    private Map<String, String> values(NotificationKind kind, String language, ReferralFacts facts) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference", facts.publicReference());
        values.put("institution", other(kind, facts).nameIn(language));
        values.put("sector", facts.sectorIn(language));
        values.put("due", date(facts.dueAt(), language));
        values.put("link", link(facts));
        values.put(
                "reason", text(language, "reason." + facts.declineReasonCode().orElse("OTHER")));
        values.put("outcome", text(language, "outcome." + facts.outcome().orElse("NONE")));
        values.put(
                "forwardedTo", facts.forwardedTo().map(i -> i.nameIn(language)).orElse("?"));
        return values;
    }

    /** The institution on the other side of the recipient's. */
    private static Institution other(NotificationKind kind, ReferralFacts facts) {
        return kind.audience() == NotificationKind.Audience.SENDER ? facts.receiver() : facts.sender();
    }

    private String text(String language, String key) {
        String value = texts.get(language).getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no mail text " + key + " in " + language);
        }
        return value;
    }

    private static void line(StringBuilder body, String label, String value) {
        body.append(label).append(": ").append(value).append('\n');
    }

    private static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private static Properties load(String language) {
        String name = "mails_" + language + ".properties";
        try (InputStream in = MailTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
