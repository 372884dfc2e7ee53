package dev.patrol.adapters.process;

import dev.patrol.ports.process.LivenessProbe;
import dev.patrol.ports.process.ProcessIdentity;
import dev.patrol.ports.process.ProcessLineage;
import java.util.List;
import dev.patrol.ports.testing.FakeProcessTable;

/** Keeps {@link FakeProcessTable} honest against the liveness contract. */
class FakeProcessTableLivenessTest extends LivenessProbeContract {
    private final FakeProcessTable table = new FakeProcessTable();

    @Override
    protected LivenessProbe probe() {
        return table;
    }

    @Override
    protected long livePid() {
        table.alive(4242, 987654);
        table.identity(4242, new ProcessIdentity("/usr/bin/dash", "/bin/sh", "/srv/app/run.sh"));
        table.lineage(4242, new ProcessLineage(4242, List.of(4000L, 1L), false, false));
        return 4242;
    }

    @Override
    protected long parentOfLive() {
        return 4000;
    }

    @Override
    protected long daemonPid() {
        table.daemon(4000L, 1L);
        return 4000;
    }

    @Override
    protected String liveBinary() {
        return "/srv/app/run.sh";
    }

    @Override
    protected long deadPid() {
        table.alive(4343, 1);
        table.dead(4343);
        return 4343;
    }
}
