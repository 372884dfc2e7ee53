package dev.patrol.ports.inbound;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.Endpoint;
import java.util.concurrent.CompletableFuture;

/** The API use case: answer one request as the given endpoint, or the whole status. */
public interface PatrolApi {
    /** A request from inside the process (a library call): no source, so never throttled. */
    CompletableFuture<ApiResponse> api(ApiRequest request, Endpoint endpoint);

    /**
     * A request from `source`, the client's address as the adapter saw it (an IP, without
     * the port): wrong secrets are throttled per source. An implementation that does not
     * throttle may ignore it.
     */
    default CompletableFuture<ApiResponse> api(ApiRequest request, Endpoint endpoint, String source) {
        return api(request, endpoint);
    }

    CompletableFuture<ApiStatus> status();
}
