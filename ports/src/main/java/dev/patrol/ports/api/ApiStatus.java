package dev.patrol.ports.api;

import dev.patrol.ports.Copies;
import java.time.Instant;
import java.util.Map;

/**
 * The `/status/` object (spec §6.5). On the wire the services map is under the key
 * `service` (singular), and map keys are sorted.
 */
public record ApiStatus(
        String instanceId,
        Map<String, ApiResponse> apps,
        Map<String, ApiResponse> services,
        Instant started,
        boolean shutdown) {

    public ApiStatus {
        instanceId = Copies.text(instanceId);
        apps = Copies.map(apps);
        services = Copies.map(services);
    }
}
