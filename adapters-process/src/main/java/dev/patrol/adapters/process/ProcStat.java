package dev.patrol.adapters.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads /proc/PID/stat: the process state (field 3), parent, group, flags and start time (field 22). */
final class ProcStat {
    /** State returned when /proc/PID/stat cannot be read. */
    static final char UNKNOWN = '?';

    private static final int STATE = 0;       // field 3, counted from the first field after comm
    static final int PARENT = 1;              // field 4
    static final int PROCESS_GROUP = 2;       // field 5
    static final int FLAGS = 6;               // field 9
    private static final int START_TIME = 19; // field 22

    private ProcStat() {
    }

    static char state(long pid) {
        String[] f = fields(pid);
        return f.length > STATE && !f[STATE].isEmpty() ? f[STATE].charAt(0) : UNKNOWN;
    }

    static long startTime(long pid) {
        return number(fields(pid), START_TIME);
    }

    /** The process group id, 0 if unknown. */
    static long processGroup(long pid) {
        return number(fields(pid), PROCESS_GROUP);
    }

    static long number(String[] fields, int index) {
        if (fields.length <= index) {
            return 0;
        }
        try {
            return Long.parseLong(fields[index]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** True when this host has a readable /proc (Linux). */
    static boolean available() {
        return Files.isReadable(Path.of("/proc/self/stat"));
    }

    static String[] fields(long pid) {
        if (pid <= 0) {
            return new String[0];
        }
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "stat"));
            return parse(new String(raw, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return new String[0];
        }
    }

    /**
     * The fields after `(comm)`, starting with the state. comm may hold spaces and parentheses,
     * so the split happens after the LAST ')'.
     */
    static String[] parse(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return new String[0];
        }
        // By hand, not split(" +"): that compiles a regex on every call, and liveness probes
        // and launches read this file all the time.
        List<String> fields = new ArrayList<>(52);
        int i = close + 1;
        int n = stat.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(stat.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(stat.charAt(i))) {
                i++;
            }
            if (i > start) {
                fields.add(stat.substring(start, i));
            }
        }
        return fields.toArray(new String[0]);
    }
}
