package dev.patrol.bootstrap.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The encoder in code resolves its own %time conversion word: no %PARSER_ERROR in a line. */
class LogSetupTest {
    @Test
    void givenAnEvent_encoder_writesTheStableLineFormat() {
        LoggerContext context = new LoggerContext();
        LoggingEvent event = new LoggingEvent("x", context.getLogger("dev.patrol.Lifecycle"), Level.INFO,
                "patrol started", null, null);

        byte[] line = LogSetup.encoder(context).encode(event);

        String text = new String(line, StandardCharsets.UTF_8);
        assertTrue(text.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  Lifecycle patrol started\\R"), text);
    }
}
