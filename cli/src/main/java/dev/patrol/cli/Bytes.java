package dev.patrol.cli;

/** Byte counts as `512B`, `12.3K`, `4.0M`, `1.2G` (powers of 1024). */
final class Bytes {
    private static final String[] UNITS = {"K", "M", "G", "T"};

    private Bytes() {
    }

    static String human(double bytes) {
        if (bytes < 1024) {
            return (long) bytes + "B";
        }
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < UNITS.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format("%.1f%s", v, UNITS[u]);
    }
}
