package be.passerelle.api.notification;

import be.passerelle.infra.testing.KeycloakTestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The API's SMTP path in the tests: a TCP relay in front of the shared GreenMail that a test can
 * {@link #cut()} (SMTP down: connections refused, open ones reset) and {@link #restore()}, or make
 * lose the server's reply to the end of one message's DATA ({@link #loseReplyToMessageContaining}):
 * the server has accepted the mail, the client never hears it.
 */
public final class SmtpRelay {
    private static SmtpRelay shared;

    private final ServerSocket listener;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger lostReplies = new AtomicInteger();
    private final AtomicReference<String> loseReplyTo = new AtomicReference<>();
    private volatile boolean up = true;

    private SmtpRelay(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::accept, "smtp-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The relay to the shared GreenMail, started once per JVM (the API's {@code passerelle.mail.port}). */
    public static synchronized SmtpRelay shared() {
        if (shared == null) {
            try {
                shared = new SmtpRelay(KeycloakTestServer.mail().port());
            } catch (IOException e) {
                throw new IllegalStateException("no local port for the SMTP relay", e);
            }
        }
        return shared;
    }

    public int port() {
        return listener.getLocalPort();
    }

    int refused() {
        return refused.get();
    }

    int lostReplies() {
        return lostReplies.get();
    }

    void cut() {
        up = false;
        for (Socket socket : open) {
            close(socket);
        }
        open.clear();
    }

    void restore() {
        up = true;
    }

    /** The next message whose data holds {@code text} reaches the server, and its reply is dropped. */
    void loseReplyToMessageContaining(String text) {
        loseReplyTo.set(text);
    }

    private void accept() {
        while (true) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            if (!up) {
                refused.incrementAndGet();
                reset(client);
                continue;
            }
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(server);
                Connection connection = new Connection(client, server);
                start(connection::clientToServer);
                start(connection::serverToClient);
            } catch (IOException e) {
                reset(client);
            }
        }
    }

    /** One SMTP session through the relay. */
    private final class Connection {
        private final Socket client;
        private final Socket server;
        private final StringBuilder data = new StringBuilder();
        private volatile boolean dropNextReply;

        Connection(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void clientToServer() {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = client.getInputStream();
                    OutputStream out = server.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    data.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
                    String armed = loseReplyTo.get();
                    if (armed != null && data.indexOf("\r\n.\r\n") >= 0 && data.indexOf(armed) >= 0) {
                        if (loseReplyTo.compareAndSet(armed, null)) {
                            dropNextReply = true;
                        }
                    }
                    if (data.indexOf("\r\n.\r\n") >= 0) {
                        data.setLength(0);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // a side went away or the relay was cut
            } finally {
                end();
            }
        }

        void serverToClient() {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = server.getInputStream();
                    OutputStream out = client.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (dropNextReply) {
                        lostReplies.incrementAndGet();
                        reset(client);
                        return;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // a side went away or the relay was cut
            } finally {
                end();
            }
        }

        private void end() {
            open.remove(client);
            open.remove(server);
            close(client);
            close(server);
        }
    }

    private static void start(Runnable pump) {
        Thread thread = new Thread(pump, "smtp-relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // closing is all that is left
        }
        close(socket);
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
