package dev.patrol.bootstrap;

import dev.patrol.adapters.process.ProcessLaunchers;
import io.javalin.Javalin;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.jetty.server.Server;
import org.slf4j.LoggerFactory;

/**
 * Start-up on two cores (issue #6): while the main thread reads the config and builds the
 * injector, background threads do the slowest initialisations that come later: the
 * launcher's native bindings (posix_spawn, pidfd and epoll; each a JVM-wide singleton, so the
 * adapters' own calls find them ready or wait for them), the JCA providers, and the loading of
 * Javalin's and Jetty's classes. jnr-posix's libc waits until the daemon listens. Nothing here listens, spawns or changes
 * state; a failure only means the work happens later.
 */
final class Warmup {
    private Warmup() {
    }

    static void inBackground() {
        // Two threads, not one per task: on two cores every extra runnable thread takes a share
        // from the main thread (three threads measured no faster).
        start("patrol-warmup-native", () -> {
            ProcessLaunchers.warmUp();
            warmUpCrypto(); // the JCA provider list: CSRF keys and CAS seeds
        });
        start("patrol-warmup-http", () -> {
            Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.startup.startupWatcherEnabled = false;
            });
            // Jetty's MimeTypes walks every available Locale in its static init (~0.15 s cold),
            // and Javalin's start logs its build date with month names: both on the main thread otherwise.
            new Server();
            DateTimeFormatter.ofPattern("MMMM d, yyyy").format(LocalDate.now());
        });
    }

    private static void warmUpCrypto() {
        try {
            Mac.getInstance("HmacSHA256").init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextInt();
    }

    /**
     * Once the daemon listens: jnr-posix's libc binding, which the adapters make on first use
     * otherwise. Before, it took CPU from the main thread on a two-core host.
     */
    static void afterStart() {
        start("patrol-warmup-posix", ProcessLaunchers::bindPosix);
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
