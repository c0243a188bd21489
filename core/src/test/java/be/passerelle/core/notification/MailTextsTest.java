package be.passerelle.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every mail in every language: no missing text, no placeholder left, the facts and the link in it. */
class MailTextsTest {
    private static final MailTexts TEXTS = new MailTexts("https://passerelle.example/");
    private static final ReferralFacts FACTS = new ReferralFacts(
            UUID.fromString("6f1c2a52-1111-4c3e-9a9e-000000000001"),
            "PSR-2026-ABC234",
            new Institution(
                    new TenantId(UUID.randomUUID()),
                    new TenantSlug("sender-one"),
                    Map.of("fr", "Expéditeur", "nl", "Verzender", "de", "Absender", "en", "Sender"),
                    List.of("fr")),
            new Institution(
                    new TenantId(UUID.randomUUID()),
                    new TenantSlug("receiver-one"),
                    Map.of("nl", "Ontvanger"),
                    List.of("nl")),
            "energy",
            Map.of("fr", "Énergie", "nl", "Energie", "de", "Energie", "en", "Energy"),
            Instant.parse("2026-12-14T22:59:59Z"),
            Optional.of("RESOLVED"),
            Optional.of("NOT_COMPETENT"),
            Optional.of(new Institution(
                    new TenantId(UUID.randomUUID()),
                    new TenantSlug("third-one"),
                    Map.of("fr", "Tiers", "en", "Third"),
                    List.of("fr"))));

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de"})
    void every_language_has_exactly_the_english_keys(String language) {
        Set<String> english = MailTexts.keys("en");
        assertThat(MailTexts.keys(language)).containsExactlyInAnyOrderElementsOf(english);
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(english).contains("subject." + kind, "headline." + kind, "kind." + kind);
        }
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void each_kind_renders_in_each_language_with_its_facts_and_link(NotificationKind kind) {
        for (String language : MailTexts.LANGUAGES) {
            String subject = TEXTS.subject(kind, language, FACTS);
            String body = TEXTS.body(kind, language, FACTS);
            assertThat(subject).contains("PSR-2026-ABC234").doesNotContain("{", "}");
            assertThat(body)
                    .contains("PSR-2026-ABC234")
                    .contains("https://passerelle.example/referrals/6f1c2a52-1111-4c3e-9a9e-000000000001\n")
                    .contains(MailTexts.date(FACTS.dueAt(), language))
                    .doesNotContain("{", "}");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de", "en"})
    void dates_are_in_brussels_in_the_languages_format(String language) {
        // 22:59:59 UTC on the 14th is 23:59:59 in Brussels: still the 14th
        assertThat(MailTexts.date(FACTS.dueAt(), language))
                .isEqualTo(
                        switch (language) {
                            case "fr" -> "14 décembre 2026";
                            case "nl" -> "14 december 2026";
                            case "de" -> "14. Dezember 2026";
                            default -> "14 December 2026";
                        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de", "en"})
    void the_names_are_in_the_recipients_language_else_the_institutions_own(String language) {
        String body = TEXTS.body(NotificationKind.RECEIVED, language, FACTS);
        String expected = switch (language) {
            case "fr" -> "Expéditeur";
            case "nl" -> "Verzender";
            case "de" -> "Absender";
            default -> "Sender";
        };
        assertThat(body).contains(expected);
        // the receiver has only a Dutch name: every language shows it
        assertThat(TEXTS.body(NotificationKind.ACCEPTED, language, FACTS)).contains("Ontvanger");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de", "en"})
    void decline_forward_and_close_name_the_code_the_institution_and_the_outcome(String language) {
        assertThat(TEXTS.body(NotificationKind.DECLINED, language, FACTS))
                .contains(
                        switch (language) {
                            case "fr" -> "pas compétent";
                            case "nl" -> "niet bevoegd";
                            case "de" -> "nicht zuständig";
                            default -> "not competent";
                        });
        assertThat(TEXTS.body(NotificationKind.FORWARDED, language, FACTS))
                .contains(language.equals("en") ? "Third" : "Tiers");
        assertThat(TEXTS.body(NotificationKind.CLOSED, language, FACTS))
                .contains(
                        switch (language) {
                            case "fr" -> "résolu";
                            case "nl" -> "opgelost";
                            case "de" -> "gelöst";
                            default -> "resolved";
                        });
    }
}
