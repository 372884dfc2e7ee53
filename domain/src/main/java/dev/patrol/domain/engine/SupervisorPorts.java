package dev.patrol.domain.engine;

import dev.patrol.ports.ids.IdGenerator;
import dev.patrol.ports.log.EventLog;
import dev.patrol.ports.process.LivenessProbe;
import dev.patrol.ports.process.PidFiles;
import dev.patrol.ports.process.ProcessLauncher;
import dev.patrol.ports.process.ProcessSignaller;
import dev.patrol.ports.service.ServiceManager;
import dev.patrol.ports.time.Clock;

/** The driven ports the supervisor works through. */
public record SupervisorPorts(
        ProcessLauncher launcher,
        ProcessSignaller signaller,
        LivenessProbe probe,
        PidFiles pidFiles,
        ServiceManager services,
        Clock clock,
        IdGenerator ids,
        EventLog log) {
}
