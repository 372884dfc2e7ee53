package dev.patrol.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoTimeLayoutParseTest {
    private static final Instant T = Instant.parse("2018-07-19T01:43:44Z");
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final GoTimeLayout RFC3339 = GoTimeLayout.rfc3339();
    private static final GoTimeLayout UNIX = GoTimeLayout.of(GoTimeLayout.UNIX_DATE);

    @ParameterizedTest
    @ValueSource(strings = {"", "null"})
    void givenEmptyOrNullText_parse_returnsZeroTime(String text) {
        // checklist 16
        assertNull(RFC3339.parse(text, UTC));
        assertNull(UNIX.parse(text));
        assertNull(RFC3339.parse(null, UTC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-07-19T01:43:44Z", "2018-07-18T18:43:44-07:00", "2000-02-29T23:59:59+05:30"})
    void givenRfc3339Text_parseThenFormat_givesTheSameText(String text) {
        // checklist 17
        Instant parsed = RFC3339.parse(text, UTC);
        ZoneId zone = text.endsWith("Z") ? UTC : ZoneOffset.of(text.substring(19));
        assertEquals(text, RFC3339.format(parsed, zone));
    }

    @ParameterizedTest
    @CsvSource({"UTC", "America/Los_Angeles", "Europe/Berlin", "Australia/Sydney"})
    void givenUnixDateText_parseThenFormat_givesTheSameText(String zoneName) {
        // checklist 17: Go resolves the abbreviation against its local zone
        ZoneId zone = ZoneId.of(zoneName);
        for (Instant at : new Instant[] {T, Instant.parse("2018-01-05T10:00:00Z")}) {
            String text = UNIX.format(at, zone);
            assertEquals(at, UNIX.parse(text, zone), text);
            assertEquals(text, UNIX.format(UNIX.parse(text, zone), zone));
        }
    }

    @Test
    void givenOffsets_parse_appliesThem() {
        assertEquals(T, RFC3339.parse("2018-07-18T18:43:44-07:00", UTC));
        assertEquals(T, GoTimeLayout.rfc1123z().parse("Wed, 18 Jul 2018 18:43:44 -0700", UTC));
        assertEquals(T, GoTimeLayout.of("2006-01-02 15:04:05 -07:00:00").parse("2018-07-19 02:44:45 +01:01:01", UTC));
        assertEquals(T, GoTimeLayout.of("2006-01-02 15:04:05 Z07").parse("2018-07-19 03:43:44 +02", UTC));
    }

    @Test
    void givenNoZoneInLayout_parse_readsUtc() {
        assertEquals(Instant.parse("2018-07-19T00:00:00Z"), GoTimeLayout.of("2006-01-02").parse("2018-07-19", LA));
        assertEquals(LocalDateTime.of(0, 1, 1, 18, 43).toInstant(ZoneOffset.UTC),
                GoTimeLayout.of("3:04PM").parse("6:43PM", UTC));
    }

    @Test
    void givenZoneNameNotUsedByLocalZone_parse_readsTheWallClockAsUtc() {
        // Go's time.Parse makes up a zone with offset 0 for abbreviations it cannot resolve.
        assertEquals(Instant.parse("2018-07-18T18:43:44Z"), UNIX.parse("Wed Jul 18 18:43:44 PDT 2018", UTC));
        assertEquals(T, UNIX.parse("Thu Jul 19 01:43:44 GMT+3 2018", UTC));
        assertEquals(T, UNIX.parse("Wed Jul 18 18:43:44 PDT 2018", LA));
    }

    @Test
    void givenFractionNotInLayout_parse_keepsIt() {
        assertEquals(Instant.parse("2018-07-19T01:43:44.5Z"), RFC3339.parse("2018-07-19T01:43:44.5Z", UTC));
        assertEquals(Instant.parse("2018-07-19T01:43:44.123456789Z"),
                RFC3339.parse("2018-07-19T01:43:44,1234567891Z", UTC));
    }

    @Test
    void givenFractionElements_parse_readsThem() {
        assertEquals(120_000_000, GoTimeLayout.of("15:04:05.000").parse("01:43:44.120", UTC).atZone(UTC).getNano());
        assertEquals(0, GoTimeLayout.of("15:04:05.999").parse("01:43:44", UTC).atZone(UTC).getNano());
        assertEquals(123_400_000, GoTimeLayout.of("15:04:05.999").parse("01:43:44.1234", UTC).atZone(UTC).getNano());
    }

    @Test
    void givenLooseSpacingAndCase_parse_acceptsWhatGoAccepts() {
        assertEquals(Instant.parse("2018-07-08T03:04:05Z"), UNIX.parse("Sun Jul  8 03:04:05 UTC 2018", UTC));
        assertEquals(Instant.parse("2018-07-08T03:04:05Z"), UNIX.parse("Sun Jul 8 03:04:05 UTC 2018", UTC));
        assertEquals(Instant.parse("2018-07-08T03:04:05Z"), UNIX.parse("SUN jul 8   03:04:05 UTC 2018", UTC));
        assertEquals(Instant.parse("2018-07-19T00:00:00Z"),
                GoTimeLayout.of("Monday, January 2, 2006").parse("thursday, JULY 19, 2018", UTC));
    }

    @Test
    void givenWinterAbbreviation_parse_usesTheStandardOffset() {
        assertEquals(Instant.parse("2018-01-01T10:00:00Z"), UNIX.parse("Mon Jan  1 02:00:00 PST 2018", LA));
        // Go falls back to any zone of that name when it was not in effect at the time.
        assertEquals(T, UNIX.parse("Wed Jul 18 17:43:44 PST 2018", LA));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2018-02-30T00:00:00Z|day out of range",
        "2018-13-01T00:00:00Z|month out of range",
        "2018-07-19T24:00:00Z|hour out of range",
        "2018-07-19T01:60:00Z|minute out of range",
        "2018-07-19T01:43:44Zjunk|extra text",
        "garbage|cannot parse \"garbage\" as \"2006\"",
        "2018-07-19 01:43:44Z|cannot parse",
        "2018-07-19T01:43:44+0700|cannot parse",
    })
    void givenTextThatDoesNotFit_parse_failsWithGoMessage(String text, String message) {
        DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> RFC3339.parse(text, UTC));
        assertTrue(e.getMessage().startsWith("parsing time \"" + text + "\" as \"" + GoTimeLayout.RFC3339 + "\": "),
                e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void givenFixedFractionWithTooFewDigits_parse_fails() {
        assertThrows(DateTimeParseException.class, () -> GoTimeLayout.of("15:04:05.000").parse("01:43:44.12", UTC));
    }

    @Test
    void givenTwoDigitYear_parse_pivotsAt69() {
        GoTimeLayout y = GoTimeLayout.of("06-01-02");
        assertEquals(Instant.parse("2068-01-02T00:00:00Z"), y.parse("68-01-02", UTC));
        assertEquals(Instant.parse("1969-01-02T00:00:00Z"), y.parse("69-01-02", UTC));
    }

    @Test
    void givenPmMarker_parse_addsTwelveHours() {
        GoTimeLayout kitchen = GoTimeLayout.of("2006-01-02 3:04PM");
        assertEquals(Instant.parse("2018-07-19T18:43:00Z"), kitchen.parse("2018-07-19 6:43PM", UTC));
        assertEquals(Instant.parse("2018-07-19T00:05:00Z"), kitchen.parse("2018-07-19 12:05AM", UTC));
        assertThrows(DateTimeParseException.class, () -> kitchen.parse("2018-07-19 6:43pm", UTC));
    }
}
