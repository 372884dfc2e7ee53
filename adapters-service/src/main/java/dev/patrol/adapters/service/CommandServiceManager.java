package dev.patrol.adapters.service;

import dev.patrol.ports.service.ServiceCommand;
import dev.patrol.ports.service.ServiceManager;
import dev.patrol.ports.service.ServiceOutcome;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs `service NAME VERB` (management 1) or `INITD/NAME VERB` (management 2) without a shell,
 * each in its own process group and off the caller's thread; a timeout kills the whole group.
 */
public final class CommandServiceManager implements ServiceManager, AutoCloseable {
    /** The service command, looked up on PATH when a command runs. */
    public static final String DEFAULT_SERVICE_COMMAND = "service";
    /** Where management 2 finds its scripts. */
    public static final String DEFAULT_INITD_DIRECTORY = "/etc/init.d";
    /** Commands that may run at once on the manager's own pool; more wait in its queue. */
    public static final int MAX_CONCURRENT_COMMANDS = 16;

    private static final Logger log = LoggerFactory.getLogger(CommandServiceManager.class);

    private final CommandExecution execution;
    private final Executor executor;
    private final ExecutorService ownPool;

    /** `service` on PATH and `/etc/init.d`, on the manager's own pool of daemon threads. */
    public CommandServiceManager() {
        this(DEFAULT_SERVICE_COMMAND, DEFAULT_INITD_DIRECTORY);
    }

    /** The given service command and init.d directory, on the manager's own pool. */
    public CommandServiceManager(String serviceCommand, String initdDirectory) {
        this(serviceCommand, initdDirectory, null, () -> System.getenv("PATH"));
    }

    /** The given service command and init.d directory; commands wait on `executor`'s threads. */
    public CommandServiceManager(String serviceCommand, String initdDirectory, Executor executor) {
        this(serviceCommand, initdDirectory, Objects.requireNonNull(executor, "executor"),
                () -> System.getenv("PATH"));
    }

    /** As above with `searchPath` in place of $PATH; a null `executor` means an own pool. */
    CommandServiceManager(String serviceCommand, String initdDirectory, Executor executor,
            Supplier<String> searchPath) {
        Objects.requireNonNull(serviceCommand, "serviceCommand");
        Objects.requireNonNull(initdDirectory, "initdDirectory");
        this.execution = new CommandExecution(
                new CommandLines(serviceCommand, initdDirectory, searchPath));
        this.ownPool = executor == null ? newPool() : null;
        this.executor = executor == null ? ownPool : executor;
    }

    @Override
    public CompletableFuture<ServiceOutcome> run(ServiceCommand command) {
        if (command == null) {
            return CompletableFuture.completedFuture(ServiceOutcome.notRun("no command given"));
        }
        try {
            return CompletableFuture.supplyAsync(() -> execution.execute(command), executor)
                    .exceptionally(e -> {
                        log.warn("service {} {} failed unexpectedly: {}; reporting it as not run",
                                command.serviceId(), command.operation(), e.toString());
                        return ServiceOutcome.notRun("unexpected error: " + e);
                    });
        } catch (RuntimeException e) {
            // Typically the pool was closed; the command is not run.
            log.warn("unable to schedule service {} {}: {}; reporting it as not run",
                    command.serviceId(), command.operation(), e.toString());
            return CompletableFuture.completedFuture(
                    ServiceOutcome.notRun("unable to schedule the command: " + e));
        }
    }

    /** Stops accepting commands; running ones finish or time out. A given executor is left alone. */
    @Override
    public void close() {
        if (ownPool != null) {
            ownPool.shutdown();
        }
    }

    private static ExecutorService newPool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_CONCURRENT_COMMANDS,
                MAX_CONCURRENT_COMMANDS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemonThreads());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "patrol-service-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
