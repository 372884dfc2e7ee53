package dev.patrol.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoFloatTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1, 1",
        "1.5, 1.5",
        "-2.5, -2.5",
        "100, 100",
        "1e21, 1e+21",
        "1e20, 100000000000000000000",
        "9.999999999999999e20, 999999999999999900000",
        "0.000001, 0.000001",
        "1e-7, 1e-7",
        "1.5e-7, 1.5e-7",
        "5e-7, 5e-7",
        "1e-10, 1e-10",
        "0.001, 0.001",
        "1e7, 10000000",
        "123456789.123, 123456789.123",
        "0.30000000000000004, 0.30000000000000004",
        "1e23, 1e+23",
        "1e100, 1e+100",
        "-1e-100, -1e-100",
        "1.7976931348623157e308, 1.7976931348623157e+308",
        "2.2250738585072014e-308, 2.2250738585072014e-308",
        "4.9e-324, 5e-324",
        "1.5e-323, 1.5e-323",
        "9007199254740993, 9007199254740992",
        "12345678901234567890, 12345678901234567000",
        "0, 0",
        "-0.0, -0",
        "2e-323, 2e-323",
    })
    void givenDouble_format_matchesGoEncodingJson(double value, String expected) {
        assertEquals(expected, GoFloat.format(value));
    }

    @Test
    void givenNaNOrInfinity_format_refusesLikeGo() {
        assertThrows(IllegalArgumentException.class, () -> GoFloat.format(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> GoFloat.format(Double.POSITIVE_INFINITY));
    }

    @Test
    void givenRandomDoubles_format_readsBackExactlyAndIsNoLongerThanJava() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            String go = GoFloat.format(d);
            assertEquals(d, Double.parseDouble(go), go);
            assertTrue(significantDigits(go) <= significantDigits(Double.toString(d)), go + " vs " + d);
        }
    }

    private static int significantDigits(String s) {
        String mantissa = s.replaceAll("[eE].*", "").replace("-", "").replace(".", "");
        return mantissa.replaceAll("^0+", "").replaceAll("0+$", "").length();
    }
}
