package dev.patrol.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoTimeLayoutFormatTest {
    private static final Instant T = Instant.parse("2018-07-19T01:43:44Z");
    private static final Instant T_NANOS = Instant.parse("2018-07-19T01:43:44.123456789Z");
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void givenEmptyLayout_format_usesRfc3339WithZForUtc() {
        assertEquals("2018-07-19T01:43:44Z", GoTimeLayout.of("").format(T, UTC));
        assertEquals("2018-07-19T01:43:44Z", GoTimeLayout.of(null).format(T, ZoneOffset.UTC));
        assertEquals(GoTimeLayout.RFC3339, GoTimeLayout.of("").layout());
    }

    @Test
    void givenRfc3339AndNonUtcZone_format_printsColonOffsetAndDropsFraction() {
        assertEquals("2018-07-18T18:43:44-07:00", GoTimeLayout.rfc3339().format(T_NANOS, LA));
    }

    @Test
    void givenRfc1123z_format_matchesSpecExample() {
        assertEquals("Wed, 18 Jul 2018 18:43:44 -0700", GoTimeLayout.rfc1123z().format(T, LA));
        assertEquals("Tue, 24 Nov 2026 23:42:14 +0000",
                GoTimeLayout.rfc1123z().format(Instant.parse("2026-11-24T23:42:14Z"), UTC));
    }

    @Test
    void givenUnixDate_format_padsSingleDigitDayWithSpaceAndPrintsZoneName() {
        GoTimeLayout unix = GoTimeLayout.of(GoTimeLayout.UNIX_DATE);
        assertEquals("Thu Jul 19 01:43:44 UTC 2018", unix.format(T, UTC));
        assertEquals("Wed Jul 18 18:43:44 PDT 2018", unix.format(T, LA));
        assertEquals("Sun Jul  8 03:04:05 UTC 2018", unix.format(Instant.parse("2018-07-08T03:04:05Z"), UTC));
        assertEquals("Mon Jan  1 02:00:00 PST 2018", unix.format(Instant.parse("2018-01-01T10:00:00Z"), LA));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2006-01-02 Monday January|2018-07-19 Thursday July",
        "06/1/2 3:4:5 pm|18/7/19 1:43:44 am",
        "03:04:05 PM|01:43:44 AM",
        "15h|01h",
        "_2006|_2018",
        "Month 01|Month 07",
        "Janet Jan|Janet Jul",
        "Mon Jan _2|Thu Jul 19",
        "2006-01-02T15:04:05.000Z07:00|2018-07-19T01:43:44.123Z",
        "15:04:05.999999999|01:43:44.123456789",
        "15:04:05,000000|01:43:44,123456",
        "15:04:05.000000000000|01:43:44.123456789",
        "05.0001|44.0007",
    })
    void givenLayoutTokens_format_matchesGo(String layout, String expected) {
        assertEquals(expected, GoTimeLayout.of(layout).format(T_NANOS, UTC));
    }

    @Test
    void givenNinesFraction_format_trimsTrailingZerosAndDropsAnEmptyFraction() {
        GoTimeLayout nines = GoTimeLayout.of("05.999");
        assertEquals("44.12", nines.format(Instant.parse("2018-07-19T01:43:44.120Z"), UTC));
        assertEquals("44", nines.format(T, UTC));
        assertEquals("44.000", GoTimeLayout.of("05.000").format(T, UTC));
    }

    @Test
    void givenKitchenLayout_format_printsTwelveForMidnightAndNoon() {
        GoTimeLayout kitchen = GoTimeLayout.of("3:04PM");
        assertEquals("12:05AM", kitchen.format(Instant.parse("2018-07-19T00:05:00Z"), UTC));
        assertEquals("12:05PM", kitchen.format(Instant.parse("2018-07-19T12:05:00Z"), UTC));
        assertEquals("6:43PM", kitchen.format(T, LA));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "-0700|Asia/Kolkata|+0530",
        "-07:00|Asia/Kolkata|+05:30",
        "-07|Asia/Kolkata|+05",
        "-07:00:00|Asia/Kolkata|+05:30:00",
        "-070000|Asia/Kolkata|+053000",
        "Z0700|Asia/Kolkata|+0530",
        "Z07|America/Los_Angeles|-07",
        "Z07:00|UTC|Z",
        "Z0700|UTC|Z",
        "Z07:00:00|UTC|Z",
        "-0700|UTC|+0000",
        "-07:00|UTC|+00:00",
        "MST|UTC|UTC",
        "MST|Europe/London|BST",
        "MST|Europe/Berlin|CEST",
        "MST|+02:00|+0200",
        "MST|-03:30|-0330",
    })
    void givenOffsetElements_format_matchesGo(String layout, String zone, String expected) {
        assertEquals(expected, GoTimeLayout.of(layout).format(T, ZoneId.of(zone)));
    }

    @Test
    void givenOffsetWithSeconds_format_printsTheSeconds() {
        ZoneOffset odd = ZoneOffset.ofHoursMinutesSeconds(-1, -2, -3);
        assertEquals("-01:02:03", GoTimeLayout.of("-07:00:00").format(T, odd));
        assertEquals("-0102", GoTimeLayout.of("-0700").format(T, odd));
    }

    @Test
    void givenYearBeforeOneThousand_format_zeroPadsToFourDigits() {
        assertEquals("0099-01-02", GoTimeLayout.of("2006-01-02").format(Instant.parse("0099-01-02T00:00:00Z"), UTC));
    }
}
