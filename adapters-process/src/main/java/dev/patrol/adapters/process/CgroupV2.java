package dev.patrol.adapters.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** cgroup v2: cgroup.events says whether anything runs, and cgroup.kill (Linux 5.14+) kills it all at once. */
final class CgroupV2 implements CgroupVersion {
    private static final Logger LOG = LoggerFactory.getLogger(CgroupV2.class);

    /** Logs how to avoid the slow moves into cgroups where the cgroup2 mount lacks favordynmods. */
    static void adviseFavordynmods(Path mounts) {
        if (!CgroupProbe.favorsDynamicChanges(mounts)) {
            LOG.info("cgroup2 is mounted without favordynmods: an app starts about 20 ms after its launch while it"
                    + " enters its cgroup; `mount -o remount,favordynmods` on the cgroup2 mount (Linux 6.0+) or"
                    + " `patrol --no-cgroups` avoids that");
        }
    }

    @Override
    public String label() {
        return "v2";
    }

    @Override
    public CgroupProbe.Found find(Path mounts, Path procCgroup) {
        return CgroupProbe.ownCgroup(mounts, procCgroup);
    }

    @Override
    public String whyUnusable(Path root) {
        return Files.exists(root.resolve("cgroup.kill")) ? null : "no cgroup.kill in " + root + " (needs Linux 5.14+)";
    }

    /** One small read, unlike {@link AppCgroup#pids()}. */
    @Override
    public boolean populated(AppCgroup cg) {
        try {
            return Files.readString(cg.dir().resolve("cgroup.events")).contains("populated 1");
        } catch (IOException | RuntimeException e) { // removed meanwhile: nothing in it
            return false;
        }
    }

    /** All at once, forks racing the kill included. */
    @Override
    public boolean kill(AppCgroup cg) {
        if (cg.pids().isEmpty()) {
            return false;
        }
        try {
            Files.writeString(cg.dir().resolve("cgroup.kill"), "1", StandardOpenOption.WRITE);
            return true;
        } catch (IOException e) {
            LOG.warn("unable to write cgroup.kill of {}: {} (its processes outside the group live on)", cg.dir(),
                    e.toString());
            return false;
        }
    }
}
