package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per row of the app state table: the transition the code computes for the row's
 * situation (on a fake clock) is the row docs/ENGINE.md shows. {@link EngineDocTest} checks the
 * table as a whole.
 */
class AppTransitionsTest {
    static List<AppTable.Row> rows() {
        return AppTableRows.rows();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void givenTheRowsSituation_transition_isTheDocumentedRow(AppTable.Row row) throws IOException {
        String table = EngineDoc.section("app-transitions");
        String rendered = row.render();
        assertTrue(table.contains(rendered + "\n"), "docs/ENGINE.md lacks the row\n" + rendered);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void givenTheRowsSituation_transition_startsFromItsPhaseAndIsPure(AppTable.Row row) {
        assertEquals(row.transition(), row.transition(), "the same view and event give the same transition");
        long reevaluations = row.transition().effects().stream().filter(e -> e instanceof AppEffect.Reevaluate).count();
        assertTrue(reevaluations == 0 || row.transition().effects().get(row.transition().effects().size() - 1)
                instanceof AppEffect.Reevaluate, "Reevaluate, if any, is the last effect");
    }
}
