package dev.patrol.domain.config;

import dev.patrol.gocompat.GoPath;

import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.process.LaunchSpec;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Plans one launch of an app (spec §3.5 steps 4–11, §2.5, §3.10 with product.md F5, F7). */
public final class LaunchPlans {
    private LaunchPlans() {
    }

    /**
     * The path Patrol executes, and what `pid-verify` compares a process with: resolved inside
     * the working directory even when it looks absolute (spec §1.8).
     */
    public static String executable(AppConfig app) {
        return GoPath.join(app.workingDirectory(), app.binary());
    }

    /**
     * The launch of validated app {@code appId} at {@code at}. {@code parentEnv} is read only
     * with `env-parent`; {@code extraArgs}/{@code extraEnv} are the library hooks' output (may be empty).
     */
    public static LaunchSpec plan(String appId, AppConfig app, Config config, Instant at, ZoneId zone,
            Map<String, String> parentEnv, List<String> extraArgs, List<String> extraEnv) {
        String wd = app.workingDirectory();
        String executable = executable(app);
        List<String> argv = new ArrayList<>();
        argv.add(executable);
        argv.addAll(app.args());
        if (extraArgs != null) {
            argv.addAll(extraArgs);
        }
        String logDirectory = LogPaths.directory(wd, app.logDirectory(), at, zone);
        String stdout;
        String stderr;
        if (app.stdMerge()) {
            stdout = LogPaths.file(logDirectory, at, LogPaths.STDMERGE);
            stderr = stdout;
        } else {
            stdout = LogPaths.file(logDirectory, at, LogPaths.STDOUT);
            stderr = LogPaths.file(logDirectory, at, LogPaths.STDERR);
        }
        // F7: Patrol writes the PID only for apps whose liveness it owns; PID_APP apps write their own.
        String pidFile = app.keepAlive() == AppConfig.KEEPALIVE_PID_PATROL
                ? GoPath.join(wd, app.pidPath()) : "";
        return new LaunchSpec(appId, executable, argv,
                LaunchEnvironment.build(appId, app, config, parentEnv, extraEnv),
                GoPath.clean(wd), stdout, stderr,
                true, // F5: every app gets its own process group, whatever its keepalive.
                pidFile);
    }
}
