package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.patrol.adapters.http.gui.ConfinedPath.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `/logs/` paths stay inside the log root, whatever the encoding or links (F16, spec §12.49). */
class ConfinedPathTest {
    @TempDir
    Path tmp;
    private Path root;

    @BeforeEach
    void tree() throws Exception {
        root = tmp.resolve("logs");
        Files.createDirectories(root.resolve("2026/november/25"));
        Files.writeString(root.resolve("2026/november/25/1.stdout.log"), "in\n");
        Files.writeString(tmp.resolve("secret.txt"), "outside\n");
        Files.createSymbolicLink(root.resolve("out"), tmp);
        Files.createSymbolicLink(root.resolve("leak.log"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("latest"), root.resolve("2026/november/25"));
        Files.createSymbolicLink(root.resolve("dangling"), tmp.resolve("nothing-here"));
    }

    private ConfinedPath.Outcome resolve(String raw) {
        return ConfinedPath.resolve(root, raw);
    }

    @Test
    void givenAFileInside_resolve_returnsItsRealPathAndSegments() throws Exception {
        ConfinedPath.Outcome o = resolve("2026/november/25/1.stdout.log");
        assertEquals(Problem.NONE, o.problem());
        assertEquals(root.resolve("2026/november/25/1.stdout.log").toRealPath(), o.path());
        assertEquals(List.of("2026", "november", "25", "1.stdout.log"), o.segments());
    }

    @Test
    void givenTheEmptyPath_resolve_returnsTheRoot() throws Exception {
        assertEquals(root.toRealPath(), resolve("").path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../secret.txt", "2026/../../secret.txt", "%2e%2e/secret.txt", "%2E%2E/secret.txt",
        "..%2fsecret.txt", "..%2Fsecret.txt", "2026%2f..%2f..%2fsecret.txt", ".%2e/secret.txt", "2026/..",
        "a\\..\\secret.txt", "%00", "x%zz", "%c3%28", "%"})
    void givenTraversalOrMalformedSyntax_resolve_isBadPath(String raw) {
        ConfinedPath.Outcome o = resolve(raw);
        assertEquals(Problem.BAD_PATH, o.problem(), raw);
        assertNull(o.path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "//etc/passwd", "%2fetc%2fpasswd", "%2F%2Fetc/passwd"})
    void givenAnAbsoluteLookingPath_resolve_staysUnderTheRoot(String raw) {
        assertEquals(Problem.MISSING, resolve(raw).problem(), raw); // looked up as logs/etc/passwd
    }

    @Test
    void givenDoubleEncodedDots_resolve_treatsThemAsALiteralName() {
        assertEquals(Problem.MISSING, resolve("%252e%252e/secret.txt").problem());
    }

    @Test
    void givenSymlinksPointingOutside_resolve_isOutside() {
        assertEquals(Problem.OUTSIDE, resolve("out").problem());
        assertEquals(Problem.OUTSIDE, resolve("out/secret.txt").problem());
        assertEquals(Problem.OUTSIDE, resolve("leak.log").problem());
    }

    @Test
    void givenASymlinkInsideTheRoot_resolve_followsIt() throws Exception {
        ConfinedPath.Outcome o = resolve("latest/1.stdout.log");
        assertEquals(Problem.NONE, o.problem());
        assertEquals(root.resolve("2026/november/25/1.stdout.log").toRealPath(), o.path());
    }

    @Test
    void givenMissingOrDanglingNames_resolve_isMissing() {
        assertEquals(Problem.MISSING, resolve("2026/december").problem());
        assertEquals(Problem.MISSING, resolve("dangling").problem());
    }

    @Test
    void givenARootThatIsItselfALink_resolve_confinesToItsTarget() throws Exception {
        Path alias = tmp.resolve("alias");
        Files.createSymbolicLink(alias, root);
        assertEquals(Problem.NONE, ConfinedPath.resolve(alias, "2026/november/25/1.stdout.log").problem());
        assertEquals(Problem.OUTSIDE, ConfinedPath.resolve(alias, "leak.log").problem());
    }
}
