package dev.patrol.adapters.udp;

/**
 * Counters of the UDP listener since start: datagrams received, replies sent, and why the
 * rest got no reply (too long, not a request, over the in-flight cap, an API error, a
 * failed send).
 */
public record UdpStats(
        long received,
        long replied,
        long oversize,
        long invalid,
        long overloaded,
        long refused,
        long sendFailed) {
}
