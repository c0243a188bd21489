package be.passerelle.api.notification;

import be.passerelle.infra.testing.KeycloakTestServer;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the shared test GreenMail received, decoded: every header (decoded), every MIME part's text.
 * Shared with Keycloak's mails and every other test: always filtered on what a test created.
 */
final class Mailbox {
    private Mailbox() {}

    /** A received mail as the tests read it. */
    record Mail(
            MimeMessage message,
            List<String> to,
            String subject,
            String text,
            String messageId,
            List<String> headers,
            List<String> parts) {

        /** Everything a reader could see: decoded headers and decoded parts. */
        String everything() {
            return String.join("\n", headers) + "\n" + String.join("\n", parts);
        }

        boolean to(String address) {
            return to.stream().anyMatch(a -> a.equalsIgnoreCase(address));
        }

        String language() {
            try {
                return message.getHeader("Content-Language", null);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The bytes as the server stored them. */
        byte[] raw() {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                message.writeTo(out);
                return out.toByteArray();
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every mail received so far. */
    static List<Mail> all() {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : KeycloakTestServer.mail().messages()) {
            mails.add(read(message));
        }
        return mails;
    }

    /** The mails whose subject names {@code reference} (every notification's does; a digest's does not). */
    static List<Mail> about(String reference) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : KeycloakTestServer.mail().messages()) {
            try {
                String subject = message.getSubject();
                if (subject != null && subject.contains(reference)) {
                    mails.add(read(message));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    /** The mails that name {@code text} in a decoded header or part (digests included). */
    static List<Mail> naming(String text) {
        return all().stream().filter(m -> m.everything().contains(text)).toList();
    }

    static Mail read(MimeMessage message) {
        try {
            List<String> to = new ArrayList<>();
            Address[] recipients = message.getAllRecipients();
            if (recipients != null) {
                for (Address address : recipients) {
                    to.add(((jakarta.mail.internet.InternetAddress) address).getAddress());
                }
            }
            List<String> headers = new ArrayList<>();
            for (Header header : Collections.list(message.getAllHeaders())) {
                headers.add(header.getName() + ": " + decode(header.getValue()));
            }
            List<String> parts = new ArrayList<>();
            collect(message, parts, headers);
            return new Mail(
                    message,
                    to,
                    message.getSubject(),
                    String.join("\n", parts),
                    message.getMessageID(),
                    headers,
                    parts);
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read a received mail", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Part part, List<String> parts, List<String> headers)
            throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part child = multipart.getBodyPart(i);
                for (Header header : Collections.list(child.getAllHeaders())) {
                    headers.add(header.getName() + ": " + decode(header.getValue()));
                }
                collect(child, parts, headers);
            }
        } else if (content instanceof String text) {
            parts.add(text.replace("\r\n", "\n"));
        } else if (content instanceof java.io.InputStream stream) {
            parts.add(new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } else {
            parts.add(String.valueOf(content));
        }
        if (part.getFileName() != null) {
            parts.add(decode(part.getFileName()));
        }
    }

    private static String decode(String value) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (java.io.UnsupportedEncodingException e) {
            return value;
        }
    }
}
