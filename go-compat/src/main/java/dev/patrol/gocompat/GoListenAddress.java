package dev.patrol.gocompat;

import java.net.InetSocketAddress;

/**
 * A Go-style listen address (`host:port`, `[::1]:port`, `:port`), as Go's net.Listen reads it; an
 * empty host (null here) means every interface. The one parser for the HTTP and UDP listeners.
 */
public record GoListenAddress(String host, int port, String text) {

    /**
     * @param what the listener, for the message ("http", "udp")
     * @throws IllegalArgumentException naming the address when it has no port, a bad port or an
     *     unbalanced bracket
     */
    public static GoListenAddress parse(String what, String listen) {
        if (listen == null) {
            throw new IllegalArgumentException(what + " listen address is missing");
        }
        int colon = listen.lastIndexOf(':');
        if (colon < 0) {
            throw bad(what, listen, "missing port");
        }
        String host = listen.substring(0, colon);
        if (host.startsWith("[") != host.endsWith("]") || (host.startsWith("[") && host.length() < 2)) {
            throw bad(what, listen, "unbalanced brackets");
        }
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw bad(what, listen, "too many colons");
        }
        String port = listen.substring(colon + 1);
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad(what, listen, "invalid port '" + port + "'");
        }
        int n = Integer.parseInt(port);
        if (n > 65535) {
            throw bad(what, listen, "port " + n + " out of range");
        }
        return new GoListenAddress(host.isEmpty() ? null : host, n, listen);
    }

    /** The address to bind: every interface when the host is empty. */
    public InetSocketAddress socketAddress() {
        return host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
    }

    private static IllegalArgumentException bad(String what, String listen, String why) {
        return new IllegalArgumentException(what + " listen address '" + listen + "': " + why);
    }

    @Override
    public String toString() {
        return text;
    }
}
