package dev.patrol.bootstrap.system;

import dev.patrol.ports.ids.IdGenerator;
import java.security.SecureRandom;
import java.util.UUID;

/** UUIDv4 from a cryptographic source; CAS seeds in [1, 100000] from the same source. */
public final class SecureIds implements IdGenerator {
    private final SecureRandom random = new SecureRandom();

    @Override
    public String newInstanceId() {
        return UUID.randomUUID().toString();
    }

    @Override
    public long casSeed() {
        return random.nextInt(100_000) + 1L;
    }
}
