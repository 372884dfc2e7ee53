package dev.patrol.adapters.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads process liveness from /proc, counting zombies as dead (PID 1 may never reap them). */
final class LinuxProcesses {
    private LinuxProcesses() {
    }

    static boolean isAlive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }

    static String describe(long pid) {
        return "pid " + pid + (isAlive(pid) ? " alive" : " dead");
    }
}
