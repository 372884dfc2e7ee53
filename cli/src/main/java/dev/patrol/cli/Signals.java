package dev.patrol.cli;

/** Linux signal numbers to names, for history's `signal` key. */
final class Signals {
    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS",
        "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM"};

    private Signals() {
    }

    static String name(long signal) {
        return signal > 0 && signal < NAMES.length ? "SIG" + NAMES[(int) signal] : "signal " + signal;
    }
}
