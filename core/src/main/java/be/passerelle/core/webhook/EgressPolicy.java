package be.passerelle.core.webhook;

import be.passerelle.core.directory.FieldProblem;
import be.passerelle.core.directory.InvalidFields;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Where webhooks may be sent (SPEC §4.5): https to public addresses, unless the configuration
 * allows plain http or private and loopback addresses (development). The address check applies to
 * every address a host name resolves to, at registration and again at each delivery, so a name
 * that later resolves to a private address (DNS rebinding) is refused too.
 */
public record EgressPolicy(boolean allowHttp, boolean allowPrivateAddresses) {
    public static final EgressPolicy STRICT = new EgressPolicy(false, false);
    private static final int MAX_URL = 2000;

    /** Checks the URL's form; its addresses are checked with {@link #allows(InetAddress)}. */
    public URI parse(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL) {
            throw invalidUrl("an absolute https URL of at most " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw invalidUrl("not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw invalidUrl(allowHttp ? "http or https only" : "webhooks are sent over https only");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw invalidUrl("a host is required");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalidUrl("credentials in the URL are not allowed");
        }
        if (uri.getRawFragment() != null) {
            throw invalidUrl("a fragment is not sent and not allowed");
        }
        return uri;
    }

    /** A refused URL, named as the request's {@code url} field (a form shows it next to that field). */
    private static InvalidFields invalidUrl(String message) {
        return new InvalidFields(List.of(new FieldProblem("url", message)));
    }

    /** Whether every resolved address may be contacted; an empty list is refused. */
    public boolean allowsAll(List<InetAddress> addresses) {
        return !addresses.isEmpty() && addresses.stream().allMatch(this::allows);
    }

    public boolean allows(InetAddress address) {
        return allowPrivateAddresses || isPublic(address);
    }

    /** Not loopback, private, link-local, carrier-grade NAT, unique-local, multicast or reserved. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            boolean documentation =
                    (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8;
            if (uniqueLocal || documentation) {
                return false;
            }
            if (isV4Embedded(b)) {
                byte[] v4 = {b[12], b[13], b[14], b[15]};
                return isPublicV4(v4);
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return !(first == 0
                || first == 10
                || first == 127
                || (first == 100 && second >= 64 && second <= 127)
                || (first == 169 && second == 254)
                || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 2)
                || (first == 192 && second == 168)
                || (first == 198 && (second == 18 || second == 19))
                || (first == 198 && second == 51 && (b[2] & 0xff) == 100)
                || (first == 203 && second == 0 && (b[2] & 0xff) == 113)
                || first >= 224);
    }

    /** IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) forms. */
    private static boolean isV4Embedded(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
        boolean nat64 =
                (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        return mapped || compatible || nat64;
    }
}
