package dev.patrol.gocompat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoPathTest {

    // Go's own filepath.Clean table (path_test.go, Unix cases).
    @ParameterizedTest(name = "clean({0}) = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "''|.",
            "abc|abc", "abc/def|abc/def", "a/b/c|a/b/c", ".|.", "..|..", "../..|../..", "../../abc|../../abc",
            "/abc|/abc", "/|/",
            "abc/|abc", "abc/def/|abc/def", "a/b/c/|a/b/c", "./|.", "../|..", "../../|../..", "/abc/|/abc",
            "abc//def//ghi|abc/def/ghi", "//abc|/abc", "///abc|/abc", "//abc//|/abc", "abc//|abc",
            "abc/./def|abc/def", "/./abc/def|/abc/def", "abc/.|abc",
            "abc/def/ghi/../jkl|abc/def/jkl", "abc/def/../ghi/../jkl|abc/jkl", "abc/def/..|abc", "abc/def/../..|.",
            "/abc/def/../..|/", "abc/def/../../..|..", "/abc/def/../../..|/",
            "abc/def/../../../ghi/jkl/../../../mno|../../mno",
            "/../abc|/abc", "abc/./../def|def", "abc//./../def|def", "abc/../../././../def|../../def",
            "/a/b/..|/a", "a/../b|b", "/..|/", "/.|/", "a/.|a", "./..|.."})
    void givenGoCleanTable_clean_matchesGo(String in, String want) {
        assertEquals(want, GoPath.clean(in));
    }

    @Test
    void givenNull_clean_isDot() {
        assertEquals(".", GoPath.clean(null));
    }

    // Checklist 12.
    @ParameterizedTest
    @ValueSource(strings = {".", "./", "./.", "a/.."})
    void givenPathCleaningToDot_openableError_rejectsCurrentDirectory(String path) {
        assertEquals(".", GoPath.clean(path));
        assertEquals("Path can NOT be current or parent Directory!", GoPath.openableError(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../", "./.."})
    void givenPathCleaningToDotDot_openableError_rejectsParentDirectory(String path) {
        assertEquals("..", GoPath.clean(path));
        assertEquals("Path can NOT be current or parent Directory!", GoPath.openableError(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.", "/..", "a/.", "/a/.", "/a/.."})
    void givenPathCleaningToNeitherDotNorDotDot_openableError_isNull(String path) {
        assertNotEquals(".", GoPath.clean(path));
        assertNotEquals("..", GoPath.clean(path));
        assertNull(GoPath.openableError(path));
    }

    // Checklist 14.
    @ParameterizedTest
    @ValueSource(strings = {"", ".", "./", "a/.", "a/..", "a/./", "a/../", "../a/.", "../a/./", "../a/..",
            "../a/../", "a/../b/c", "a/b/../c", "/.", "/..", "/./", "/../", ".//", "..//", "..///", "//", "///"})
    void givenUncleanPath_isClean_isFalse(String path) {
        assertFalse(GoPath.isClean(path));
    }

    // Checklist 15.
    @ParameterizedTest
    @ValueSource(strings = {"/", "a", "a/", "a/b", "a/b/", "a/b/c", "..", "../", "../a", "../a/"})
    void givenCleanPath_isClean_isTrue(String path) {
        assertTrue(GoPath.isClean(path));
    }

    @Test
    void givenNull_isClean_isFalse() {
        assertFalse(GoPath.isClean(null));
    }

    @ParameterizedTest(name = "join({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
            "/srv/exp2wd/|../x.pid|/srv/x.pid",
            "/directory|file|/directory/file",
            "/directory|/usr/bin/x|/directory/usr/bin/x",
            "/a/b|../../../etc|/etc",
            "/|app.pid|/app.pid"})
    void givenWorkingDirectoryAndRelativePath_join_cleansTheConcatenation(String wd, String rel, String want) {
        assertEquals(want, GoPath.join(wd, rel));
    }
}
