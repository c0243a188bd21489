package be.passerelle.infra.mail;

import be.passerelle.core.notification.MailContent;
import be.passerelle.core.notification.MailTransport;
import be.passerelle.core.notification.QueuedMail;
import be.passerelle.core.shared.Unavailable;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Properties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Notification mails through Spring's {@link JavaMailSenderImpl} (settings {@code spring.mail.*}).
 * A mail is composed once as plain UTF-8 text with a {@code Message-ID} derived from its id and a
 * fixed {@code Date}; the bytes are stored, and every (re)send hands exactly those bytes to the
 * server: nothing is re-encoded or re-stamped.
 */
public final class SmtpMailTransport implements MailTransport {
    private final JavaMailSenderImpl sender;
    private final InternetAddress from;
    private final String domain;
    private final Session composing = Session.getInstance(new Properties());

    /**
     * @param from the sender of every notification, e.g. {@code Passerelle <no-reply@passerelle.example>}
     */
    public SmtpMailTransport(JavaMailSenderImpl sender, String from) {
        this.sender = sender;
        try {
            this.from = new InternetAddress(from, true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("passerelle.mail.from is not an address", e);
        }
        String address = this.from.getAddress();
        this.domain = address.contains("@") ? address.substring(address.indexOf('@') + 1) : "passerelle.invalid";
    }

    /** The Message-ID of the mail with this id. */
    public static String messageId(java.util.UUID mailId, String domain) {
        return "<" + mailId + "@" + domain + ">";
    }

    @Override
    public byte[] compose(MailContent content) {
        try {
            MimeMessage message = new ComposedMessage(composing, messageId(content.mailId(), domain));
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(content.to(), true));
            message.setSubject(content.subject(), "UTF-8");
            message.setSentDate(Date.from(content.date()));
            message.setText(content.text(), "UTF-8");
            message.setHeader("Content-Language", content.language());
            message.setHeader("Auto-Submitted", "auto-generated");
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return bytes.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot compose a notification mail", e);
        }
    }

    @Override
    public void send(QueuedMail mail) {
        try {
            sender.send(new StoredMessage(sender.getSession(), mail.message()));
        } catch (MailException e) {
            Throwable cause = e.getMostSpecificCause();
            throw new Unavailable("SMTP: " + cause.getClass().getSimpleName());
        } catch (MessagingException e) {
            throw new IllegalStateException("a stored notification mail cannot be read", e);
        }
    }

    /** A message being composed: its Message-ID is the given one, not a random one. */
    private static final class ComposedMessage extends MimeMessage {
        private final String id;

        ComposedMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }

    /** A stored message, sent exactly as stored: saving changes (which would re-stamp it) does nothing. */
    private static final class StoredMessage extends MimeMessage {
        StoredMessage(Session session, byte[] bytes) throws MessagingException {
            super(session, new ByteArrayInputStream(bytes));
        }

        @Override
        public void saveChanges() {
            // composed once; every send writes the stored bytes
        }
    }
}
