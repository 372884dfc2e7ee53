package dev.patrol.cli;

/** patrolctl's exit codes (README "patrolctl"); `validate` adds the daemon's 254 and 255. */
final class ExitCodes {
    static final int OK = 0;
    /** The daemon refused the request, or the change was not visible in time. */
    static final int REFUSED = 1;
    /** Bad arguments. */
    static final int USAGE = 2;
    /** A daemon did not answer. */
    static final int UNREACHABLE = 3;

    private ExitCodes() {
    }
}
