package dev.patrol.adapters.process;

import dev.patrol.ports.process.Signal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jnr.posix.POSIX;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without a cgroup, an app's last instance is its process group: what a crash left running in
 * it (workers that did not call setsid) is SIGKILLed before the app's next launch, as
 * {@link AppCgroup#killLeftovers} does for a cgroup, so orphans never run beside a new copy.
 *
 * <p>The group id is the old leader's PID. Linux keeps that number allocated while the group
 * has members, so a live group whose leader's PID is free can only be the leftovers. If the
 * number leads a process again, the group is someone else's and is left alone.
 */
final class LeftoverGroups {
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverGroups.class);

    private final Map<String, Long> byApp = new ConcurrentHashMap<>();
    private final POSIX posix;

    LeftoverGroups() {
        this(LazyPosix.get());
    }

    LeftoverGroups(POSIX posix) {
        this.posix = posix;
    }

    /** Kills the leftovers of `appId`'s last instance, if its leader has ended and they exist. */
    void killBeforeLaunch(String appId) {
        Long pgid = byApp.get(appId);
        // /proc/PGID: the leader still runs (two instances at once) or is an unreaped zombie,
        // or the number is another process's now. kill(-PGID, 0) failing: the group is empty.
        if (pgid == null || Files.exists(Path.of("/proc/" + pgid)) || posix.kill(-pgid, 0) != 0) {
            return;
        }
        LOG.warn("app {}: processes of an earlier instance still run in process group {}; killing them before"
                + " the launch", appId, pgid);
        posix.kill(-pgid, Signal.KILL.number());
    }

    /** `pid` leads `appId`'s own process group now. */
    void launched(String appId, long pid) {
        byApp.put(appId, pid);
    }
}
