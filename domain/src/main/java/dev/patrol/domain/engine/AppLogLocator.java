package dev.patrol.domain.engine;

import dev.patrol.gocompat.GoPath;
import dev.patrol.domain.config.LogPaths;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.inbound.AppLogs;
import dev.patrol.ports.inbound.LogsAnswer;
import java.time.Instant;
import java.time.ZoneId;

/** An app's log root and latest files (spec §3.10): `started_log` names the latest launch. */
final class AppLogLocator {
    private AppLogLocator() {
    }

    /** Without a throttle (tests): every secret is compared. */
    static LogsAnswer locate(AppUnit u, String secret, ZoneId zone) {
        return locate(u, secret, zone, new SecretThrottle(), "", 0);
    }

    /** `source` sent `secret` at monotonic time `now`; wrong secrets count against it (issue 12). */
    static LogsAnswer locate(AppUnit u, String secret, ZoneId zone, SecretThrottle throttle, String source, long now) {
        if (u == null) {
            return LogsAnswer.refused(LogsAnswer.Status.UNKNOWN_APP);
        }
        if (!u.secret().isEmpty()) {
            String given = secret == null ? "" : secret;
            // An empty secret is no guess: refused as before, never counted.
            SecretThrottle.Verdict v = given.isEmpty() ? SecretThrottle.Verdict.WRONG
                    : throttle.check(u.secret(), given, source, now);
            if (v == SecretThrottle.Verdict.THROTTLED) {
                return LogsAnswer.refused(LogsAnswer.Status.SECRET_THROTTLED);
            }
            if (v == SecretThrottle.Verdict.WRONG) {
                return LogsAnswer.refused(LogsAnswer.Status.SECRET_INVALID);
            }
        }
        AppConfig cfg = u.cfg;
        String root = GoPath.join(cfg.workingDirectory(), cfg.logDirectory());
        Instant at = u.state().startedLog();
        if (at == null) {
            return LogsAnswer.ok(new AppLogs(root, "", "", cfg.stdMerge()));
        }
        String dir = LogPaths.directory(cfg.workingDirectory(), cfg.logDirectory(), at, zone);
        if (cfg.stdMerge()) {
            String merged = LogPaths.file(dir, at, LogPaths.STDMERGE);
            return LogsAnswer.ok(new AppLogs(root, merged, merged, true));
        }
        return LogsAnswer.ok(new AppLogs(root, LogPaths.file(dir, at, LogPaths.STDOUT),
                LogPaths.file(dir, at, LogPaths.STDERR), false));
    }
}
