package be.passerelle.api.notification;

import be.passerelle.api.TcpForwarder;
import be.passerelle.infra.testing.KeycloakTestServer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The API's SMTP path in the tests: a {@link TcpForwarder} in front of the shared GreenMail that a
 * test can {@link #cut()} (SMTP down: connections refused, open ones reset) and {@link #restore()},
 * or make lose the server's reply to the end of one message's DATA ({@link
 * #loseReplyToMessageContaining}): the server has accepted the mail, the client never hears it.
 */
public final class SmtpRelay {
    private static final String END_OF_DATA = "\r\n.\r\n";
    private static SmtpRelay shared;

    private final AtomicReference<String> loseReplyTo = new AtomicReference<>();
    private final TcpForwarder forwarder;

    private SmtpRelay(int target) {
        this.forwarder = TcpForwarder.to("127.0.0.1", target, true, this::endOfDataWatch);
    }

    /** The relay to the shared GreenMail, started once per JVM (the API's {@code passerelle.mail.port}). */
    public static synchronized SmtpRelay shared() {
        if (shared == null) {
            shared = new SmtpRelay(KeycloakTestServer.mail().port());
        }
        return shared;
    }

    public int port() {
        return forwarder.port();
    }

    int refused() {
        return forwarder.refused();
    }

    int lostReplies() {
        return forwarder.lostReplies();
    }

    void cut() {
        forwarder.cut();
    }

    void restore() {
        forwarder.restore();
    }

    /** The next message whose data holds {@code text} reaches the server, and its reply is lost. */
    void loseReplyToMessageContaining(String text) {
        loseReplyTo.set(text);
    }

    /** One SMTP session's watch: the server's reply to the armed message's end of data is lost. */
    private TcpForwarder.Tap endOfDataWatch() {
        StringBuilder data = new StringBuilder();
        return (buffer, length) -> {
            data.append(new String(buffer, 0, length, StandardCharsets.ISO_8859_1));
            if (data.indexOf(END_OF_DATA) < 0) {
                return false;
            }
            String armed = loseReplyTo.get();
            boolean lose = armed != null && data.indexOf(armed) >= 0 && loseReplyTo.compareAndSet(armed, null);
            data.setLength(0);
            return lose;
        };
    }
}
