package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One test per row of the service state table: the code's transition is the row docs/ENGINE.md shows. */
class ServiceTransitionsTest {
    static List<ServiceTable.Row> rows() {
        return ServiceTable.rows();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void givenTheRowsSituation_transition_isTheDocumentedRow(ServiceTable.Row row) throws IOException {
        String rendered = row.render();
        assertTrue(EngineDoc.section("service-transitions").contains(rendered + "\n"),
                "docs/ENGINE.md lacks the row\n" + rendered);
    }
}
