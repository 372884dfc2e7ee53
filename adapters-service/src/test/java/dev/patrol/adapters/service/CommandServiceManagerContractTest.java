package dev.patrol.adapters.service;

import dev.patrol.ports.service.Management;
import dev.patrol.ports.service.ServiceCommand;
import dev.patrol.ports.service.ServiceName;
import dev.patrol.ports.service.ServiceManager;
import dev.patrol.ports.service.ServiceOperation;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shared contract against the real adapter with gated init.d scripts. */
class CommandServiceManagerContractTest extends ServiceManagerContract {
    @TempDir
    Path dir;
    private FakeScripts scripts;
    private CommandServiceManager manager;

    @BeforeEach
    void setUp() throws Exception {
        scripts = new FakeScripts(dir);
        manager = new CommandServiceManager("service", scripts.initd().toString());
    }

    @AfterEach
    void tearDown() throws Exception {
        for (String service : new String[] {"web", "db", "first", "second"}) {
            scripts.openGate(service); // lets any script still waiting exit
        }
        // A gated script also exits once @TempDir deletes the directory (FakeScripts).
        manager.close();
    }

    @Override
    protected ServiceManager manager() {
        return manager;
    }

    @Override
    protected ServiceCommand pendingCommand(String serviceId, int code) throws Exception {
        scripts.waitsForGate(serviceId, code);
        return new ServiceCommand(serviceId, ServiceOperation.START, Management.INITD, new ServiceName(serviceId), "start",
                Duration.ofSeconds(60));
    }

    @Override
    protected void release(ServiceCommand command) throws Exception {
        scripts.openGate(command.service().value());
    }
}
