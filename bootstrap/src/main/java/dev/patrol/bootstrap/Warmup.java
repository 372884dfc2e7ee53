package dev.patrol.bootstrap;

import io.javalin.Javalin;
import jnr.posix.POSIXFactory;
import org.slf4j.LoggerFactory;

/**
 * Start-up on two cores (issue #6): while the main thread reads the config and builds the
 * injector, one background thread does the two slowest initialisations that come later —
 * jnr-posix's native binding of libc (a JVM-wide singleton, so the adapter's own call then
 * finds it ready or waits for it) and the loading of Javalin's and Jetty's classes. Nothing
 * here binds, spawns or changes state; a failure only means the work happens later.
 */
final class Warmup {
    private Warmup() {
    }

    static void inBackground() {
        Thread t = new Thread(Warmup::run, "patrol-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            POSIXFactory.getNativePOSIX();
            Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.startup.startupWatcherEnabled = false;
            });
        } catch (RuntimeException | LinkageError e) {
            LoggerFactory.getLogger(Warmup.class).debug("warm-up skipped: {}", e.toString());
        }
    }
}
