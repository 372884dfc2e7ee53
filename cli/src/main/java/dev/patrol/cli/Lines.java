package dev.patrol.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The last lines of a piece of a log. */
final class Lines {
    private Lines() {
    }

    /**
     * The last `n` lines of `data`, each ending in a newline; `cut` says the piece starts
     * inside the file, so its first (partial) line is dropped.
     */
    static String last(byte[] data, int n, boolean cut) {
        String text = new String(data, StandardCharsets.UTF_8);
        if (cut) {
            int nl = text.indexOf('\n');
            text = nl < 0 ? "" : text.substring(nl + 1);
        }
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        if (n <= 0 || text.isEmpty()) {
            return "";
        }
        List<String> lines = Arrays.asList(text.split("\n", -1));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size())) + "\n";
    }
}
