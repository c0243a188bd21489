package be.passerelle.api.abuse;

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

/**
 * A test-controlled TCP forwarder on a local port in front of a real server. {@link #cut()} makes
 * the server unreachable as a stopped one is (every open connection is reset, every new one is
 * closed at once, and counted), {@link #restore()} forwards again.
 */
final class TcpForwarder implements AutoCloseable {
    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile boolean up;
    private volatile boolean closed;

    private TcpForwarder(String targetHost, int targetPort, boolean up) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.up = up;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::accept, "tcp-forwarder-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts forwarding to the target at once ({@code up}) or only after {@link #restore()}. */
    static TcpForwarder to(String targetHost, int targetPort, boolean up) {
        try {
            return new TcpForwarder(targetHost, targetPort, up);
        } catch (IOException e) {
            throw new IllegalStateException("no local port for the forwarder", e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Connections turned away since the start. */
    int refused() {
        return refused.get();
    }

    void cut() {
        up = false;
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    void restore() {
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
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                reset(client);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int read;
                        while ((read = in.read(buffer)) >= 0) {
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // the other side went away or the forwarder was cut
                    } finally {
                        open.remove(from);
                        open.remove(to);
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "tcp-forwarder-pump");
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
