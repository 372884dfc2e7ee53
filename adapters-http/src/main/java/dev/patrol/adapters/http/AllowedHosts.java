package dev.patrol.adapters.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which `Host` names this server answers to (issue 12, finding 7: DNS rebinding). Always: the
 * loopback names, the listen host and the address the connection arrived on (so a wildcard
 * listener answers to each of the machine's IPs); plus `http-allowed-hosts`, whose entries are
 * a name (any port), `name:port` (that port only) or `*` (any Host: the check is off). A name
 * another site's DNS points here is none of these, so a rebound page is refused. Ports are not
 * compared otherwise: rebinding changes the name, never only the port.
 */
final class AllowedHosts {
    static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");

    /** A parsed `Host` (or Origin authority): lowercase name without brackets, port or -1. */
    record HostPort(String name, int port) {
    }

    /** Raw Host values already allowed by name: the hot path is one set lookup, no parsing. */
    private static final int KNOWN_MAX = 64;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final boolean any;
    private final Set<String> names = new HashSet<>();
    private final Set<HostPort> exact = new HashSet<>();

    /** `listenHost` as in the listen address (null or a wildcard for all interfaces); `extra` from the config. */
    AllowedHosts(String listenHost, List<String> extra, List<String> machineNames) {
        LOOPBACK.forEach(n -> names.add(normal(n)));
        if (listenHost != null) {
            names.add(normal(listenHost));
        }
        machineNames.forEach(n -> names.add(normal(n)));
        boolean star = false;
        for (String e : extra) {
            if (e.equals("*")) {
                star = true;
                continue;
            }
            HostPort hp = parse(e);
            if (hp == null) {
                throw new IllegalArgumentException("http-allowed-hosts: '" + e + "' is not a host or host:port");
            }
            if (hp.port() < 0) {
                names.add(hp.name());
            } else {
                exact.add(hp);
            }
        }
        this.any = star;
    }

    /** Whether `listenHost` (null: none given) listens on every interface. */
    static boolean isWildcard(String listenHost) {
        return listenHost == null || listenHost.isEmpty() || listenHost.equals("0.0.0.0") || listenHost.equals("::");
    }

    /** Whether a request whose Host is `host` may be served on a connection to `local`; null Host always may. */
    boolean allows(String host, SocketAddress local) {
        if (host == null || any || known.contains(host)) {
            return true;
        }
        HostPort hp = parse(host);
        if (hp == null) {
            return false;
        }
        if (names.contains(hp.name()) || exact.contains(hp)) {
            if (known.size() < KNOWN_MAX) {
                known.add(host); // bounded: a client cycling Host values cannot grow it
            }
            return true;
        }
        return allowsParsed(hp, local);
    }

    boolean allowsParsed(HostPort hp, SocketAddress local) {
        if (any || names.contains(hp.name()) || exact.contains(hp)) {
            return true;
        }
        return local instanceof InetSocketAddress a && a.getAddress() != null
                && hp.name().equals(normal(a.getAddress().getHostAddress()));
    }

    /** `name`, `name:port`, `[v6]` or `[v6]:port`; null when it is none of them. */
    static HostPort parse(String text) {
        String name = text;
        String port = null;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                return null;
            }
            name = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    return null;
                }
                port = rest.substring(1);
            }
        } else {
            int colon = text.indexOf(':');
            if (colon >= 0) {
                if (text.indexOf(':', colon + 1) >= 0) {
                    return null; // an IPv6 literal without brackets is no Host
                }
                name = text.substring(0, colon);
                port = text.substring(colon + 1);
            }
        }
        if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@' || c >= 0x7f)) {
            return null;
        }
        int p = -1;
        if (port != null) {
            if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            p = Integer.parseInt(port);
        }
        return new HostPort(normal(name), p);
    }

    /** Lowercase, without one trailing dot; an IPv6 literal in Java's full form, so `::1` is `0:0:...:1`. */
    static String normal(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        int zone = n.indexOf('%');
        if (zone >= 0) {
            n = n.substring(0, zone);
        }
        if (n.indexOf(':') >= 0 && n.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
            try {
                return InetAddress.getByName(n).getHostAddress(); // a literal: parsed, never looked up
            } catch (UnknownHostException e) {
                return n;
            }
        }
        return n;
    }
}
