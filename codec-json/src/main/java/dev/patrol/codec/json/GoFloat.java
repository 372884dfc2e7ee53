package dev.patrol.codec.json;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;

/**
 * Go's encoding/json float64 text: the shortest decimal that reads back to the same double,
 * in 'f' form unless |x| < 1e-6 or |x| >= 1e21, then 'e' form with a cleaned exponent.
 */
public final class GoFloat {
    private GoFloat() {
    }

    /**
     * @throws IllegalArgumentException for NaN and infinities, which Go refuses to encode
     */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("json: unsupported value: " + value);
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        Decimal d = shortest(value);
        double abs = Math.abs(value);
        StringBuilder b = new StringBuilder(24);
        if (value < 0) {
            b.append('-');
        }
        if (abs < 1e-6 || abs >= 1e21) {
            exponential(b, d);
        } else {
            plain(b, d);
        }
        return b.toString();
    }

    /** Digits d1d2…dn and the count of digits before the decimal point (Go's decimal.dp). */
    private record Decimal(String digits, int point) {
    }

    private static Decimal shortest(double value) {
        // Jackson's Schubfach gives the shortest round-trip digits (JDK 17's Double.toString may not).
        String text = NumberOutput.toString(Math.abs(value), true);
        int e = text.indexOf('E');
        int exponent = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1));
        String mantissa = e < 0 ? text : text.substring(0, e);
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int point = dot + exponent;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        point -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return oneDigitIfCloser(value, new Decimal(digits.substring(0, end), point));
    }

    /**
     * Java's algorithm prefers two digits over one when closer (4.9E-324); Go keeps the
     * shortest (5e-324). Only subnormals are affected, so check the one-digit neighbours.
     */
    private static Decimal oneDigitIfCloser(double value, Decimal d) {
        if (d.digits().length() != 2) {
            return d;
        }
        double abs = Math.abs(value);
        BigDecimal exact = new BigDecimal(abs);
        int first = d.digits().charAt(0) - '0';
        Decimal best = null;
        BigDecimal bestDistance = null;
        for (int digit = first; digit <= first + 1; digit++) {
            Decimal candidate = digit == 10 ? new Decimal("1", d.point() + 1)
                    : new Decimal(Integer.toString(digit), d.point());
            BigDecimal v = new BigDecimal(candidate.digits()).scaleByPowerOfTen(candidate.point() - 1);
            if (v.doubleValue() != abs) {
                continue;
            }
            BigDecimal distance = v.subtract(exact).abs();
            if (best == null || distance.compareTo(bestDistance) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? d : best;
    }

    private static void plain(StringBuilder b, Decimal d) {
        String digits = d.digits();
        int point = d.point();
        if (point <= 0) {
            b.append("0.");
            b.append("0".repeat(-point));
            b.append(digits);
        } else if (point >= digits.length()) {
            b.append(digits);
            b.append("0".repeat(point - digits.length()));
        } else {
            b.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
    }

    private static void exponential(StringBuilder b, Decimal d) {
        String digits = d.digits();
        b.append(digits.charAt(0));
        if (digits.length() > 1) {
            b.append('.').append(digits, 1, digits.length());
        }
        int exp = d.point() - 1;
        b.append('e').append(exp < 0 ? '-' : '+');
        int abs = Math.abs(exp);
        // strconv writes at least two exponent digits; encoding/json then trims "e-07" to "e-7".
        if (abs < 10 && exp >= 0) {
            b.append('0');
        }
        b.append(abs);
    }
}
