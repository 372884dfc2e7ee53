package dev.patrol.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Stage;
import dev.patrol.bootstrap.config.ConfigLoader;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon: `patrol [-config|--config PATH] [--check] [--version] [--self-test] [--no-cgroups]`. Exit
 * codes: 0 normal, 1 start-up failure (a listener could not bind, or the self-test failed),
 * 2 bad arguments, 254 unloadable config, 255 invalid config.
 */
public final class Main {
    private Main() {
    }

    /** Not a static field: logging starts after the warm-up thread does (issue #6). */
    private static Logger log() {
        return LoggerFactory.getLogger(Main.class);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        // jnr-ffi binds native methods lazily, by reflection, instead of generating a class with
        // every libc method up front: ~0.14 s less CPU at start-up for calls that are rare here
        // (a few per launch). -Djnr.ffi.asm.enabled=true still wins.
        System.setProperty("jnr.ffi.asm.enabled", System.getProperty("jnr.ffi.asm.enabled", "false"));
        // Guice calls providers and constructors by reflection instead of generating a class per
        // module first: start-up CPU, for calls made once each.
        System.setProperty("guice_bytecode_gen_option", System.getProperty("guice_bytecode_gen_option", "DISABLED"));
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
        if (!cli.check()) {
            Warmup.inBackground(); // also for --self-test: the CDS recording run sees what a start loads
        }
        if (cli.selfTest()) {
            return SelfTest.run(System.out, System.err, cli.cgroups());
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
        Lifecycle lifecycle = Guice.createInjector(Stage.PRODUCTION, Modules.daemon(loaded.config(), cli.cgroups()))
                .getInstance(Lifecycle.class);
        try {
            lifecycle.start();
        } catch (Exception e) {
            System.err.println("patrol: " + e.getMessage());
            log().error("start-up failed: {}", e.getMessage());
            return 1;
        }
        Warmup.afterStart();
        installSignals(lifecycle, Path.of(cli.config()));
        lifecycle.stopped().join();
        log().info("good bye!");
        return 0;
    }

    /** First SIGINT/SIGTERM: graceful stop; a second one forces the exit; SIGHUP reloads (F18). */
    @SuppressWarnings("removal")
    private static void installSignals(Lifecycle lifecycle, Path config) {
        AtomicInteger count = new AtomicInteger();
        sun.misc.SignalHandler stop = sig -> {
            if (count.incrementAndGet() > 1) {
                log().warn("second SIG{}: forcing exit", sig.getName());
                Runtime.getRuntime().halt(1);
            }
            log().info("SIG{} received: graceful shutdown", sig.getName());
            Thread t = new Thread(lifecycle::stop, "patrol-shutdown");
            t.start();
        };
        sun.misc.Signal.handle(new sun.misc.Signal("TERM"), stop);
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), stop);
        sun.misc.Signal.handle(new sun.misc.Signal("HUP"), sig -> {
            log().info("SIGHUP received: reloading {}", config);
            new Thread(() -> lifecycle.reload(config), "patrol-reload").start();
        });
    }
}
