package dev.patrol.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Stage;
import dev.patrol.bootstrap.config.ConfigLoader;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon: `patrol [-config|--config PATH] [--check] [--version]`. Exit codes: 0 normal,
 * 1 start-up failure (a listener could not bind), 2 bad arguments, 254 unloadable config,
 * 255 invalid config.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        CommandLine cli;
        try {
            cli = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("patrol: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            return 2;
        }
        if (cli.version()) {
            System.out.println("patrol " + Version.current());
            return 0;
        }
        ConfigLoader.Result loaded = ConfigLoader.load(Path.of(cli.config()));
        if (!loaded.ok()) {
            System.err.println("patrol: " + loaded.error());
            return loaded.exitCode();
        }
        if (cli.check()) {
            System.out.println("config OK: " + loaded.config().apps().size() + " apps, "
                    + loaded.config().services().size() + " services");
            return 0;
        }
        Lifecycle lifecycle = Guice.createInjector(Stage.PRODUCTION, Modules.daemon(loaded.config()))
                .getInstance(Lifecycle.class);
        try {
            lifecycle.start();
        } catch (Exception e) {
            System.err.println("patrol: " + e.getMessage());
            LOG.error("start-up failed: {}", e.getMessage());
            return 1;
        }
        installSignals(lifecycle, Path.of(cli.config()));
        lifecycle.stopped().join();
        LOG.info("good bye!");
        return 0;
    }

    /** First SIGINT/SIGTERM: graceful stop; a second one forces the exit; SIGHUP reloads (F18). */
    @SuppressWarnings("removal")
    private static void installSignals(Lifecycle lifecycle, Path config) {
        AtomicInteger count = new AtomicInteger();
        sun.misc.SignalHandler stop = sig -> {
            if (count.incrementAndGet() > 1) {
                LOG.warn("second SIG{}: forcing exit", sig.getName());
                Runtime.getRuntime().halt(1);
            }
            LOG.info("SIG{} received: graceful shutdown", sig.getName());
            Thread t = new Thread(lifecycle::stop, "patrol-shutdown");
            t.start();
        };
        sun.misc.Signal.handle(new sun.misc.Signal("TERM"), stop);
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), stop);
        sun.misc.Signal.handle(new sun.misc.Signal("HUP"), sig -> {
            LOG.info("SIGHUP received: reloading {}", config);
            new Thread(() -> lifecycle.reload(config), "patrol-reload").start();
        });
    }
}
