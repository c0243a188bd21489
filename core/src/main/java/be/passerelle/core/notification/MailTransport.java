package be.passerelle.core.notification;

/**
 * SMTP. {@link #compose} renders a mail once into the bytes that are stored and sent (every resend
 * sends those bytes); {@link #send} hands them to the server.
 */
public interface MailTransport {

    /** The complete message (headers and body), its {@code Message-ID} derived from the mail's id. */
    byte[] compose(MailContent content);

    /**
     * Sends a stored message unchanged.
     *
     * @throws be.passerelle.core.shared.Unavailable when the server cannot be reached or refuses it now
     */
    void send(QueuedMail mail);
}
