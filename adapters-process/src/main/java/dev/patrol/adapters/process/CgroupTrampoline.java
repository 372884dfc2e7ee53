package dev.patrol.adapters.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a child enter its cgroup before the app runs, so nothing it forks can be born outside
 * it. Moving the PID in after posix_spawn returns is too late: a migration write waits for an
 * RCU grace period (7–40 ms measured on Linux 6.18), and a script that daemonizes at once has
 * forked by then. Where the child cannot be born in its cgroup ({@link CloneSpawn}: cgroup v1,
 * a kernel before 5.7, no libpatrolspawn.so), the child runs `/bin/sh`, which writes 0 (itself) to cgroup.procs and execs the app through
 * `/usr/bin/env -i`, which passes exactly the app's environment (shells add PWD, SHLVL, _).
 *
 * <p>Differences from a direct spawn: argv[0] is the app's absolute path, and an exec failure
 * of the app is an exit (126/127, with env's message in its stderr log) instead of a launch
 * error. The PID stays the app's: both are exec'd, not forked.
 */
final class CgroupTrampoline {
    static final String SH = "/bin/sh";
    static final String ENV = "/usr/bin/env";
    // $0 is cgroup.procs; if the move fails the app still runs, and its log says why it is not contained.
    private static final String SCRIPT = "{ echo 0 >\"$0\"; } 2>/dev/null"
            + " || echo \"patrol: unable to enter cgroup ${0%/*}; the app runs without it\" >&2; exec \"$@\"";

    private CgroupTrampoline() {
    }

    static boolean available() {
        return Files.isExecutable(Path.of(SH)) && Files.isExecutable(Path.of(ENV));
    }

    /** The spawn of `r` through the trampoline into `procs`; null when env cannot express it (a '=' in the path). */
    static NativeSpawn.Request wrap(NativeSpawn.Request r, Path procs) {
        if (r.path().indexOf('=') >= 0) {
            return null; // env would take the path for a variable
        }
        List<String> argv = new ArrayList<>(List.of("sh", "-c", SCRIPT, procs.toString(), ENV, "-i", "--"));
        argv.addAll(r.env());
        argv.add(r.path());
        argv.addAll(r.argv().subList(1, r.argv().size()));
        return new NativeSpawn.Request(SH, argv, List.of(), r.stdout(), r.stderr(), r.merged(), r.directory(),
                r.ownGroup());
    }
}
