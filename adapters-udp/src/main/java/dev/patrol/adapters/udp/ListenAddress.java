package dev.patrol.adapters.udp;

import java.net.InetSocketAddress;

/** Parses a Go-style listen address (`host:port`, `[::1]:port`, `:port`) for binding. */
final class ListenAddress {
    private ListenAddress() {
    }

    /**
     * @throws IllegalArgumentException naming the address when it has no port, a bad port
     *     or an unbalanced bracket
     */
    static InetSocketAddress parse(String listen) {
        if (listen == null) {
            throw new IllegalArgumentException("udp listen address is missing");
        }
        int colon = listen.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("udp listen address '" + listen + "': missing port");
        }
        String host = listen.substring(0, colon);
        if (host.startsWith("[") != host.endsWith("]") || (host.startsWith("[") && host.length() < 2)) {
            throw new IllegalArgumentException("udp listen address '" + listen + "': unbalanced brackets");
        }
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("udp listen address '" + listen + "': too many colons");
        }
        int port = port(listen, listen.substring(colon + 1));
        return host.isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
    }

    private static int port(String listen, String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("udp listen address '" + listen + "': invalid port '" + text + "'");
        }
        int port = Integer.parseInt(text);
        if (port > 65535) {
            throw new IllegalArgumentException("udp listen address '" + listen + "': port " + port + " out of range");
        }
        return port;
    }
}
