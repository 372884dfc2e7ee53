package dev.patrol.bootstrap.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** %time writes exactly what logback's %d{yyyy-MM-dd HH:mm:ss.SSS} wrote before it. */
class LogTimestampTest {
    private static final DateTimeFormatter LOGBACK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    @Test
    void givenMillisAcrossSecondsAndBeforeTheEpoch_format_matchesThePatternItReplaces() {
        LogTimestamp ts = new LogTimestamp();
        long base = Instant.parse("2026-11-25T07:59:59Z").toEpochMilli();
        for (long ms : List.of(base, base + 9, base + 99, base + 999, base + 1000, base + 1001, base + 5, -1L, -1001L, 0L)) {
            assertEquals(LOGBACK.format(Instant.ofEpochMilli(ms)), ts.format(ms), "at " + ms);
        }
    }
}
