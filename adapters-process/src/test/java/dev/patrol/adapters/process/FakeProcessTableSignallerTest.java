package dev.patrol.adapters.process;

import dev.patrol.ports.process.ProcessSignaller;
import dev.patrol.ports.testing.FakeProcessTable;

/** Keeps {@link FakeProcessTable} honest against the signaller contract. */
class FakeProcessTableSignallerTest extends ProcessSignallerContract {
    private final FakeProcessTable table = new FakeProcessTable();

    @Override
    protected ProcessSignaller signaller() {
        return table;
    }

    @Override
    protected long liveGroupLeader() {
        table.alive(4242, 987654);
        return 4242;
    }

    @Override
    protected long deadPid() {
        return 4343;
    }
}
