package dev.patrol.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs patrolctl in-process with its own environment, capturing what it prints. */
final class Ctl {
    /** The exit code and both outputs of one run. */
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Ctl() {
    }

    static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> e = new HashMap<>(env);
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream r = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = PatrolCtl.run(args, new Terminal(o, r, e, false));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** The table line of `id` ("" if none), with or without a HOST column before it. */
    static String row(String table, String id) {
        return table.lines().filter(l -> l.startsWith(id + " ") || l.contains(" " + id + " ")).findFirst().orElse("");
    }

    static Run run(String... args) {
        return run(Map.of(), args);
    }
}
