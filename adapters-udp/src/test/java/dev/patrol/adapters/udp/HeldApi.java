package dev.patrol.adapters.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.inbound.PatrolApi;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A busy engine: holds every UDP request's future until the test completes it. */
final class HeldApi implements PatrolApi {
    final List<CompletableFuture<ApiResponse>> held = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<ApiResponse> api(ApiRequest request, Endpoint endpoint) {
        assertEquals(Endpoint.UDP, endpoint);
        CompletableFuture<ApiResponse> f = new CompletableFuture<>();
        held.add(f);
        return f;
    }

    @Override
    public CompletableFuture<ApiStatus> status() {
        return new CompletableFuture<>();
    }
}
