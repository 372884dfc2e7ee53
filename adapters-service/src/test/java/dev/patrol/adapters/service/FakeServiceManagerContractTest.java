package dev.patrol.adapters.service;

import dev.patrol.ports.service.Management;
import dev.patrol.ports.service.ServiceCommand;
import dev.patrol.ports.service.ServiceName;
import dev.patrol.ports.service.ServiceManager;
import dev.patrol.ports.service.ServiceOperation;
import dev.patrol.ports.service.ServiceOutcome;
import dev.patrol.ports.testing.FakeServiceManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Keeps the ports' FakeServiceManager honest against the shared contract. */
class FakeServiceManagerContractTest extends ServiceManagerContract {
    private final FakeServiceManager fake = new FakeServiceManager();
    private final Map<ServiceCommand, Integer> codes = new HashMap<>();

    @Override
    protected ServiceManager manager() {
        return fake;
    }

    @Override
    protected ServiceCommand pendingCommand(String serviceId, int code) {
        ServiceCommand command = new ServiceCommand(serviceId, ServiceOperation.START, Management.INITD, new ServiceName(serviceId),
                "start", Duration.ofSeconds(30));
        codes.put(command, code);
        return command;
    }

    @Override
    protected void release(ServiceCommand command) {
        fake.calls().stream().filter(c -> c.command().equals(command)).findFirst()
                .orElseThrow(() -> new AssertionError("want a call for " + command + ", got none"))
                .outcome().complete(ServiceOutcome.exited(codes.get(command)));
    }
}
