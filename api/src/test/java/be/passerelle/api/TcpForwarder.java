package be.passerelle.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A test-controlled TCP forwarder on a local port in front of a real server. {@link #cut()} makes
 * the server unreachable as a stopped one is (every open connection is reset, every new one is
 * closed at once, and counted), {@link #restore()} forwards again. A {@link Tap} per connection sees
 * what the client sends and may have the server's next reply lost: the server did the work, the
 * client never hears it (its connection is reset instead).
 */
public final class TcpForwarder implements AutoCloseable {
    /** Watches one connection's client-to-server bytes. */
    @FunctionalInterface
    public interface Tap {
        /** @return whether the server's next reply on this connection is to be lost */
        boolean clientSent(byte[] buffer, int length);
    }

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final Supplier<Tap> taps;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger lostReplies = new AtomicInteger();
    private volatile boolean up;
    private volatile boolean closed;

    private TcpForwarder(String targetHost, int targetPort, boolean up, Supplier<Tap> taps) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.up = up;
        this.taps = taps;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::accept, "tcp-forwarder-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts forwarding to the target at once ({@code up}) or only after {@link #restore()}. */
    public static TcpForwarder to(String targetHost, int targetPort, boolean up) {
        return to(targetHost, targetPort, up, () -> (buffer, length) -> false);
    }

    /** The same, with a new {@code Tap} on each connection. */
    public static TcpForwarder to(String targetHost, int targetPort, boolean up, Supplier<Tap> taps) {
        try {
            return new TcpForwarder(targetHost, targetPort, up, taps);
        } catch (IOException e) {
            throw new IllegalStateException("no local port for the forwarder", e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Connections turned away since the start. */
    public int refused() {
        return refused.get();
    }

    /** Server replies lost on a tap's request since the start. */
    public int lostReplies() {
        return lostReplies.get();
    }

    public void cut() {
        up = false;
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    public void restore() {
        up = true;
    }

    @Override
    public void close() {
        closed = true;
        cut();
        closeQuietly(listener);
    }

    private void accept() {
        while (!closed) {
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
                Socket server = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(server);
                Connection connection = new Connection(client, server, taps.get());
                start(connection::clientToServer);
                start(connection::serverToClient);
            } catch (IOException e) {
                reset(client);
            }
        }
    }

    /** One forwarded connection. */
    private final class Connection {
        private final Socket client;
        private final Socket server;
        private final Tap tap;
        private volatile boolean loseNextReply;

        Connection(Socket client, Socket server, Tap tap) {
            this.client = client;
            this.server = server;
            this.tap = tap;
        }

        void clientToServer() {
            pump(client, server, (buffer, length) -> {
                if (tap.clientSent(buffer, length)) {
                    loseNextReply = true;
                }
                return true;
            });
        }

        void serverToClient() {
            pump(server, client, (buffer, length) -> {
                if (loseNextReply) {
                    lostReplies.incrementAndGet();
                    reset(client);
                    return false;
                }
                return true;
            });
        }

        /** Copies {@code from} to {@code to} while {@code gate} lets each read through. */
        private void pump(Socket from, Socket to, Gate gate) {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (!gate.pass(buffer, read)) {
                        return;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side went away or the forwarder was cut
            } finally {
                open.remove(client);
                open.remove(server);
                closeQuietly(client);
                closeQuietly(server);
            }
        }
    }

    /** Decides whether one read goes on to the other side. */
    @FunctionalInterface
    private interface Gate {
        boolean pass(byte[] buffer, int length);
    }

    private static void start(Runnable pump) {
        Thread thread = new Thread(pump, "tcp-forwarder-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // closing below is all that is left
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
