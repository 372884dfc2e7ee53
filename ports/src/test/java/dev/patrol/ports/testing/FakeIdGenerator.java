package dev.patrol.ports.testing;

import dev.patrol.ports.ids.IdGenerator;

/** Predictable ids: `00000000-0000-4000-8000-00000000000N`, and CAS seeds 1000, 2000, ... */
public final class FakeIdGenerator implements IdGenerator {
    private long ids;
    private long seeds;

    @Override
    public synchronized String newInstanceId() {
        ids++;
        return String.format("00000000-0000-4000-8000-%012d", ids);
    }

    @Override
    public synchronized long casSeed() {
        seeds++;
        return seeds * 1000;
    }
}
