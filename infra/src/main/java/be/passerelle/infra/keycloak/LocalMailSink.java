package be.passerelle.infra.keycloak;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A local SMTP server that keeps every mail in memory: where Keycloak's invitations go in the local
 * stack and in the tests, instead of real mailboxes.
 */
public final class LocalMailSink implements AutoCloseable {
    private final GreenMail server;
    private volatile boolean open = true;

    private LocalMailSink(GreenMail server) {
        this.server = server;
    }

    public static LocalMailSink start(int port) {
        return start(port, Optional.empty());
    }

    /**
     * @param copies where each received mail is also written, as {@code <n>.eml} (the local stack's
     *     {@code .passerelle/mail}: what was sent, readable with any mail client or text editor)
     */
    public static LocalMailSink start(int port, Optional<Path> copies) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        LocalMailSink sink = new LocalMailSink(server);
        copies.ifPresent(sink::writeCopiesTo);
        return sink;
    }

    private void writeCopiesTo(Path directory) {
        Thread writer = new Thread(
                () -> {
                    try {
                        Files.createDirectories(directory);
                        long offset;
                        try (var existing = Files.list(directory)) {
                            // numbering goes on after the mails of earlier runs
                            offset = existing.filter(p -> p.toString().endsWith(".eml"))
                                    .count();
                        }
                        int written = 0;
                        while (open) {
                            MimeMessage[] received = server.getReceivedMessages();
                            for (; written < received.length; written++) {
                                String name = String.format("%05d.eml", offset + written + 1);
                                Path partial = directory.resolve(name + ".part");
                                try (OutputStream out = Files.newOutputStream(partial)) {
                                    received[written].writeTo(out);
                                }
                                // whole or absent: a reader never sees half a mail
                                Files.move(
                                        partial,
                                        directory.resolve(name),
                                        java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                            }
                            server.waitForIncomingEmail(Duration.ofSeconds(1).toMillis(), received.length + 1);
                        }
                    } catch (IOException | MessagingException e) {
                        org.slf4j.LoggerFactory.getLogger(LocalMailSink.class)
                                .warn("the local mails are not written to {}: {}", directory, e.toString());
                    }
                },
                "local-mail-copies");
        writer.setDaemon(true);
        writer.start();
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** A received mail's recipients, subject and text. */
    public record Mail(List<String> recipients, String subject, String body) {}

    /** Every mail received so far. */
    public List<Mail> received() {
        List<Mail> mails = new ArrayList<>();
        try {
            for (MimeMessage message : server.getReceivedMessages()) {
                List<String> to = new ArrayList<>();
                for (var address : message.getAllRecipients()) {
                    to.add(address.toString());
                }
                mails.add(
                        new Mail(to, message.getSubject(), com.icegreen.greenmail.util.GreenMailUtil.getBody(message)));
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read a received mail", e);
        }
        return mails;
    }

    /** Every message received so far, as the server keeps it (headers and MIME parts). */
    public List<MimeMessage> messages() {
        return List.of(server.getReceivedMessages());
    }

    /** Waits until at least {@code count} mails have arrived in total, or the timeout. */
    public boolean awaitMails(int count, long timeoutMillis) {
        return server.waitForIncomingEmail(timeoutMillis, count);
    }

    @Override
    public void close() {
        open = false;
        server.stop();
    }
}
