package dev.patrol.ports.testing;

import dev.patrol.ports.service.ServiceCommand;
import dev.patrol.ports.service.ServiceManager;
import dev.patrol.ports.service.ServiceOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Records service commands; each stays pending until the test completes it. */
public final class FakeServiceManager implements ServiceManager {
    /** One recorded command and its pending outcome. */
    public record Call(ServiceCommand command, CompletableFuture<ServiceOutcome> outcome) {
    }

    private final List<Call> calls = new ArrayList<>();

    @Override
    public synchronized CompletableFuture<ServiceOutcome> run(ServiceCommand command) {
        CompletableFuture<ServiceOutcome> f = new CompletableFuture<>();
        calls.add(new Call(command, f));
        return f;
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The oldest call not yet completed. */
    public synchronized Call pending() {
        return calls.stream().filter(c -> !c.outcome().isDone()).findFirst()
                .orElseThrow(() -> new AssertionError("want a pending service command, got none"));
    }

    /** Completes the oldest pending call with exit `code`. */
    public void complete(int code) {
        pending().outcome().complete(ServiceOutcome.exited(code));
    }
}
