package dev.patrol.domain.config;

import dev.patrol.gocompat.GoPath;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/** Per-launch log file names (spec §3.10): `<wd>/<log-directory>/YEAR/month/DAY/<nanos>.<kind>.log`. */
public final class LogPaths {
    public static final String STDOUT = "stdout";
    public static final String STDERR = "stderr";
    public static final String STDMERGE = "stdmerge";

    private LogPaths() {
    }

    /** The day directory of a launch at {@code at}, dated in {@code zone} (the original used local time). */
    public static String directory(String workingDirectory, String logDirectory, Instant at, ZoneId zone) {
        ZonedDateTime t = at.atZone(zone);
        String month = t.getMonth().name().toLowerCase(Locale.ROOT);
        return GoPath.clean(workingDirectory + "/" + logDirectory + "/" + t.getYear() + "/" + month
                + "/" + t.getDayOfMonth());
    }

    /** Go's {@code UnixNano}: the file-name prefix shared by all files of one launch. */
    public static long nanos(Instant at) {
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    /** `<dir>/<nanos>.<kind>.log` with kind {@link #STDOUT}, {@link #STDERR} or {@link #STDMERGE}. */
    public static String file(String directory, Instant at, String kind) {
        return directory + "/" + nanos(at) + "." + kind + ".log";
    }
}
