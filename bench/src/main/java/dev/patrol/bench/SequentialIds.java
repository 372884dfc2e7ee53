package dev.patrol.bench;

import dev.patrol.ports.ids.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/** Cheap predictable ids shaped like UUIDv4 (`…-4000-8000-N`); CAS seeds 1000, 2000, … */
final class SequentialIds implements IdGenerator {
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong seeds = new AtomicLong();

    @Override
    public String newInstanceId() {
        return String.format("00000000-0000-4000-8000-%012d", ids.incrementAndGet());
    }

    @Override
    public long casSeed() {
        return seeds.incrementAndGet() % 100 * 1000 + 1000;
    }
}
