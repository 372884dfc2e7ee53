package dev.patrol.ports.inbound;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.Endpoint;
import java.util.concurrent.CompletableFuture;

/** The API use case: answer one request as the given endpoint, or the whole status. */
public interface PatrolApi {
    CompletableFuture<ApiResponse> api(ApiRequest request, Endpoint endpoint);

    CompletableFuture<ApiStatus> status();
}
