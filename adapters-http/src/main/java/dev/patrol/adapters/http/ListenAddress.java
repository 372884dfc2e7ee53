package dev.patrol.adapters.http;

/**
 * A Go-style listen address (`host:port`, `[::1]:port`, `:port`) split for Jetty; an empty
 * host means every interface, as with Go's net.Listen.
 */
record ListenAddress(String host, int port, String text) {

    /**
     * @throws IllegalArgumentException naming the address when it has no port, a bad port
     *     or an unbalanced bracket
     */
    static ListenAddress parse(String listen) {
        if (listen == null) {
            throw new IllegalArgumentException("http listen address is missing");
        }
        int colon = listen.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("http listen address '" + listen + "': missing port");
        }
        String host = listen.substring(0, colon);
        if (host.startsWith("[") != host.endsWith("]") || (host.startsWith("[") && host.length() < 2)) {
            throw new IllegalArgumentException("http listen address '" + listen + "': unbalanced brackets");
        }
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("http listen address '" + listen + "': too many colons");
        }
        return new ListenAddress(host.isEmpty() ? null : host, port(listen, listen.substring(colon + 1)), listen);
    }

    private static int port(String listen, String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("http listen address '" + listen + "': invalid port '" + text + "'");
        }
        int port = Integer.parseInt(text);
        if (port > 65535) {
            throw new IllegalArgumentException("http listen address '" + listen + "': port " + port + " out of range");
        }
        return port;
    }

    @Override
    public String toString() {
        return text;
    }
}
