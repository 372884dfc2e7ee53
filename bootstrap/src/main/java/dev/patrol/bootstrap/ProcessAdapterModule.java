package dev.patrol.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.patrol.adapters.process.Cgroups;
import dev.patrol.adapters.process.FileLogFiles;
import dev.patrol.adapters.process.FilePidFiles;
import dev.patrol.adapters.process.JnrPosixProcesses;
import dev.patrol.adapters.process.ProcessLaunchers;
import dev.patrol.ports.process.LivenessProbe;
import dev.patrol.ports.process.LogFiles;
import dev.patrol.ports.process.PidFiles;
import dev.patrol.ports.process.ProcessLauncher;
import dev.patrol.ports.process.ProcessSignaller;

/** Real processes: ProcessBuilder launches, jnr-posix signals and probes, files on disk. */
final class ProcessAdapterModule extends AbstractModule {
    private final boolean cgroups;

    /** Cgroup containment where the host allows it. */
    ProcessAdapterModule() {
        this(true);
    }

    /** `cgroups` false: process groups only, as on a host without cgroup v2. */
    ProcessAdapterModule(boolean cgroups) {
        this.cgroups = cgroups;
    }

    /** One per daemon: the launcher places apps in cgroups, the signaller reaches them there (F5). */
    @Provides
    @Singleton
    Cgroups cgroups() {
        return cgroups ? Cgroups.forThisHost() : Cgroups.turnedOff("--no-cgroups");
    }

    @Provides
    @Singleton
    JnrPosixProcesses posix(Cgroups cgroups) {
        return new JnrPosixProcesses(cgroups);
    }

    @Provides
    @Singleton
    ProcessSignaller signaller(JnrPosixProcesses posix) {
        return posix;
    }

    @Provides
    @Singleton
    LivenessProbe probe(JnrPosixProcesses posix) {
        return posix;
    }

    @Provides
    @Singleton
    PidFiles pidFiles() {
        return new FilePidFiles();
    }

    @Provides
    @Singleton
    ProcessLauncher launcher(Cgroups cgroups) {
        return ProcessLaunchers.forThisHost(cgroups);
    }

    @Provides
    @Singleton
    LogFiles logFiles() {
        return new FileLogFiles();
    }
}
