package dev.patrol.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of nanosecond samples, printed in milliseconds. */
final class Stats {
    private final long[] sorted;

    Stats(long[] samples) {
        sorted = samples.clone();
        Arrays.sort(sorted);
    }

    long percentile(double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    long max() {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    static String ms(long nanos) {
        return String.format("%.2f", nanos / 1e6);
    }

    /** `p50 … p99 … max …` in ms. */
    String summary() {
        return "p50 " + ms(percentile(50)) + " p99 " + ms(percentile(99)) + " max " + ms(max()) + " ms";
    }
}
