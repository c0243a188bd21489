package be.passerelle.infra.keycloak;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A local SMTP server that keeps every mail in memory: where Keycloak's invitations go in the local
 * stack and in the tests, instead of real mailboxes.
 */
public final class LocalMailSink implements AutoCloseable {
    private final GreenMail server;

    private LocalMailSink(GreenMail server) {
        this.server = server;
    }

    public static LocalMailSink start(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new LocalMailSink(server);
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

    /** Waits until at least {@code count} mails have arrived in total, or the timeout. */
    public boolean awaitMails(int count, long timeoutMillis) {
        return server.waitForIncomingEmail(timeoutMillis, count);
    }

    @Override
    public void close() {
        server.stop();
    }
}
