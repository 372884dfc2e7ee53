package dev.patrol.bootstrap;

import dev.patrol.adapters.process.ProcessLaunchers;
import io.javalin.Javalin;
import jnr.posix.POSIXFactory;
import org.slf4j.LoggerFactory;

/**
 * Start-up on two cores (issue #6): while the main thread reads the config and builds the
 * injector, two background threads do the slowest initialisations that come later: the
 * native bindings (jnr-posix's libc and the launcher's posix_spawn, pidfd and epoll; each a
 * JVM-wide singleton, so the adapters' own calls find them ready or wait for them) and the
 * loading of Javalin's and Jetty's classes. Nothing here listens, spawns or changes state; a
 * failure only means the work happens later.
 */
final class Warmup {
    private Warmup() {
    }

    static void inBackground() {
        start("patrol-warmup-native", () -> {
            POSIXFactory.getNativePOSIX();
            ProcessLaunchers.warmUp();
        });
        start("patrol-warmup-http", () -> Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.startupWatcherEnabled = false;
        }));
    }

    private static void start(String name, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                LoggerFactory.getLogger(Warmup.class).debug("warm-up skipped: {}", e.toString());
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }
}
