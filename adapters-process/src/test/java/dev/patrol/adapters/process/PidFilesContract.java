package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patrol.ports.process.PidFiles;
import dev.patrol.ports.process.PidReading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What every {@link PidFiles} must do (STYLE habit 10): run against the fake and the real one. */
abstract class PidFilesContract {
    protected abstract PidFiles pidFiles();

    /** Makes a PID file holding `content` and returns its path. */
    protected abstract String givenFile(String name, String content);

    /** A path where no PID file exists. */
    protected abstract String absent(String name);

    /** The current content of a PID file. */
    protected abstract String contentOf(String path);

    @Test
    void givenWhitespaceAroundThePid_read_findsIt() {
        assertEquals(PidReading.found(1254), pidFiles().read(givenFile("app.pid", "\n \t1254\n")));
    }

    @Test
    void givenAPidAbove16Bits_read_findsIt() {
        assertEquals(PidReading.found(70000), pidFiles().read(givenFile("big.pid", "70000")));
    }

    @Test
    void givenLeadingZerosOrTheLargestPid_read_findsIt() {
        assertEquals(PidReading.found(7), pidFiles().read(givenFile("zeros.pid", "007\n")));
        assertEquals(PidReading.found(Integer.MAX_VALUE), pidFiles().read(givenFile("max.pid", "2147483647")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "00", "abcd", "+5", "-5", "4294967296", "2147483648", "", " \n\t ", "12 34", "1254x",
        "0x10", "99999999999"})
    void givenNotAPositive32BitDecimal_read_isInvalid(String content) {
        assertEquals(PidReading.invalid("App PID File was invalid"), pidFiles().read(givenFile("bad.pid", content)));
    }

    @Test
    void givenNoFile_read_isMissing() {
        assertEquals(PidReading.missing("App PID File not found"), pidFiles().read(absent("none.pid")));
    }

    @Test
    void givenAWrittenPid_read_findsItAndTheFileEndsWithANewline() {
        String path = absent("written.pid");

        assertEquals("", pidFiles().write(path, 4321));

        assertEquals(PidReading.found(4321), pidFiles().read(path));
        assertEquals("4321\n", contentOf(path));
    }

    @Test
    void givenAnExistingFile_write_replacesIt() {
        String path = givenFile("old.pid", "999999\n");

        assertEquals("", pidFiles().write(path, 12));

        assertEquals("12\n", contentOf(path));
    }
}
