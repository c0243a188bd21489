package be.passerelle.infra.webhook;

import be.passerelle.core.webhook.EgressPolicy;
import be.passerelle.core.webhook.HostResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a webhook's host at connection time and refuses it unless every address is allowed by
 * the egress policy; the connection then goes to these very addresses, so a host name cannot
 * resolve to a public address when checked and to a private one when used (DNS rebinding).
 */
public final class EgressDnsResolver implements DnsResolver, HostResolver {
    private final EgressPolicy policy;

    public EgressDnsResolver(EgressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        if (!policy.allowsAll(Arrays.asList(addresses))) {
            throw new EgressRefused(host);
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return resolve(host)[0].getCanonicalHostName();
    }

    /** For the registration check: the addresses, unfiltered (empty when the host does not resolve). */
    @Override
    public List<InetAddress> resolveAll(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }

    /** A host whose addresses the egress policy does not allow. */
    static final class EgressRefused extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        EgressRefused(String host) {
            super("egress policy: " + host + " resolves to an address that is not allowed");
        }
    }
}
