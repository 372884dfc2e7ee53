package dev.patrol.bootstrap.system;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The log line's `yyyy-MM-dd HH:mm:ss.SSS` (default time zone), as `%d{...}` writes it, but
 * with the date and time formatted once per second and the milliseconds appended by hand:
 * java.time formats `.SSS` through BigDecimal, which made each line cost the engine ~2 ms
 * while it logged 500 launches at start-up (issue #6).
 */
public final class LogTimestamp extends ClassicConverter {
    private final DateTimeFormatter seconds = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private long second = Long.MIN_VALUE;
    private String prefix = "";

    @Override
    public String convert(ILoggingEvent event) {
        return format(event.getTimeStamp());
    }

    String format(long epochMillis) {
        long sec = Math.floorDiv(epochMillis, 1000);
        String p;
        synchronized (this) { // appenders may call from several threads
            if (sec != second) {
                prefix = seconds.format(Instant.ofEpochSecond(sec));
                second = sec;
            }
            p = prefix;
        }
        int milli = (int) Math.floorMod(epochMillis, 1000);
        return new StringBuilder(p.length() + 4).append(p).append('.')
                .append((char) ('0' + milli / 100)).append((char) ('0' + milli / 10 % 10))
                .append((char) ('0' + milli % 10)).toString();
    }
}
