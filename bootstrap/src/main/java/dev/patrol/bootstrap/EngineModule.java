package dev.patrol.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.patrol.bootstrap.system.SecureIds;
import dev.patrol.bootstrap.system.Slf4jEventLog;
import dev.patrol.bootstrap.system.SystemClock;
import dev.patrol.domain.engine.Engine;
import dev.patrol.domain.engine.SupervisorOptions;
import dev.patrol.domain.engine.SupervisorPorts;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.ids.IdGenerator;
import dev.patrol.ports.inbound.AppLogsQuery;
import dev.patrol.ports.hooks.LaunchHooks;
import dev.patrol.ports.hooks.Listener;
import dev.patrol.ports.inbound.PatrolApi;
import dev.patrol.ports.log.EventLog;
import dev.patrol.ports.process.LivenessProbe;
import dev.patrol.ports.process.PidFiles;
import dev.patrol.ports.process.ProcessLauncher;
import dev.patrol.ports.process.ProcessSignaller;
import dev.patrol.ports.service.ServiceManager;
import dev.patrol.ports.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The engine and the system ports it needs (clock, ids, log), for a validated config. */
final class EngineModule extends AbstractModule {
    private final Config config;
    private final Listener listener;
    private final LaunchHooks hooks;

    EngineModule(Config config, Listener listener, LaunchHooks hooks) {
        this.config = config;
        this.listener = listener;
        this.hooks = hooks;
    }

    @Override
    protected void configure() {
        bind(Clock.class).to(SystemClock.class).in(Singleton.class);
        bind(IdGenerator.class).to(SecureIds.class).in(Singleton.class);
        bind(EventLog.class).to(Slf4jEventLog.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    Config config() {
        return config;
    }

    @Provides
    @Singleton
    Engine engine(ProcessLauncher launcher, ProcessSignaller signaller, LivenessProbe probe, PidFiles pidFiles,
                  ServiceManager services, Clock clock, IdGenerator ids, EventLog log) {
        SupervisorPorts ports = new SupervisorPorts(launcher, signaller, probe, pidFiles, services, clock, ids, log);
        // Triggers run on their own thread so a slow hook never stalls supervision.
        ExecutorService callbacks = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "patrol-triggers");
            t.setDaemon(true);
            return t;
        });
        SupervisorOptions options = new SupervisorOptions(ZoneId.systemDefault(), System.getenv(), hooks,
                listener, callbacks);
        return new Engine(config, ports, options);
    }

    @Provides
    @Singleton
    PatrolApi api(Engine engine) {
        return engine;
    }

    @Provides
    @Singleton
    AppLogsQuery logs(Engine engine) {
        return engine;
    }
}
