package dev.patrol.adapters.http;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;

/**
 * The HTTP listener's limits against slow and stalled clients (issue 12; README "HTTP
 * limits"). Nothing here holds a thread per client: each limit bounds connections, time or
 * bytes instead.
 */
final class HttpLimits {
    /** A request's headers, and then its body, must each arrive within this (cut at most 1 s later). */
    static final Duration REQUEST_READ_TIME = Duration.ofSeconds(10);
    /** A connection that sends and receives nothing for this long is closed (Jetty's idle timeout). */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** Open connections at most, whatever the file-descriptor limit allows. */
    static final int MAX_CONNECTIONS = 10_000;
    /** Connections never take more than this share of the descriptors: apps need pipes and log files. */
    static final int DESCRIPTOR_SHARE_DIVISOR = 2;
    /**
     * Jetty's pool at most (Javalin's default is 250): an acceptor, the selectors, the GUI
     * requests below and short tasks such as SSE write callbacks. No client holds one.
     */
    static final int MAX_THREADS = 64;
    /** GUI (servlet) requests being handled on pool threads at once. */
    static final int MAX_GUI_RUNNING = 32;
    /** GUI requests waiting for one of those; one more is answered 503. */
    static final int MAX_GUI_WAITING = 1024;
    /** The largest GUI request body read before its handler runs; the rest is not read. */
    static final int MAX_GUI_BODY = 64 * 1024;

    private HttpLimits() {
    }

    /** The connection cap for this process: half its descriptor limit, at most {@link #MAX_CONNECTIONS}. */
    static int connectionCap() {
        return connectionCap(descriptorLimit());
    }

    static int connectionCap(long descriptors) {
        return (int) Math.max(16, Math.min(MAX_CONNECTIONS, descriptors / DESCRIPTOR_SHARE_DIVISOR));
    }

    /** `ulimit -n` as the JVM left it (HotSpot raises the soft limit to the hard one); -1 if unknown. */
    static long descriptorLimit() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            return unix.getMaxFileDescriptorCount();
        }
        return 4096;
    }
}
