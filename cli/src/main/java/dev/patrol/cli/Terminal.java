package dev.patrol.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * Where a command writes, the environment it reads (never System.getenv directly, so tests
 * pass their own), and whether output is a terminal that gets colour (`NO_COLOR` turns it off).
 */
record Terminal(PrintStream out, PrintStream err, Map<String, String> env, boolean tty) {
    boolean colour() {
        String noColour = env.get("NO_COLOR");
        return tty && (noColour == null || noColour.isEmpty());
    }

    String env(String name) {
        String v = env.get(name);
        return v == null ? "" : v;
    }
}
