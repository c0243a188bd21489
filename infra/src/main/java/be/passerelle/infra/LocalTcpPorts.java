package be.passerelle.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Checks that a TCP port of a development service on this machine is still free. */
public final class LocalTcpPorts {
    private LocalTcpPorts() {}

    /** Fails with a clear message when another process (e.g. a second local stack) holds the port. */
    public static void requireFree(int port, String service) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "port " + port + " for " + service + " is in use: is another local stack running?", e);
        }
    }
}
