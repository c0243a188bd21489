package be.passerelle.core.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What a mail says, before it is composed: never personal data (SPEC §8). */
public record MailContent(UUID mailId, String to, String language, String subject, String text, Instant date) {
    public MailContent {
        Objects.requireNonNull(mailId, "mailId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
    }
}
