package be.passerelle.core.webhook;

import java.net.InetAddress;
import java.util.List;

/** Resolves a host name to its addresses (empty when it does not resolve). */
@FunctionalInterface
public interface HostResolver {
    List<InetAddress> resolveAll(String host);
}
