package dev.patrol.adapters.process;

import dev.patrol.ports.process.PidFiles;
import dev.patrol.ports.testing.FakePidFiles;

/** Keeps {@link FakePidFiles} honest against the shared PID file contract. */
class FakePidFilesTest extends PidFilesContract {
    private final FakePidFiles fake = new FakePidFiles();

    @Override
    protected PidFiles pidFiles() {
        return fake;
    }

    @Override
    protected String givenFile(String name, String content) {
        fake.put("/fake/" + name, content);
        return "/fake/" + name;
    }

    @Override
    protected String absent(String name) {
        return "/fake/absent/" + name;
    }

    @Override
    protected String contentOf(String path) {
        return fake.content(path);
    }
}
