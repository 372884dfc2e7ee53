package dev.patrol.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoJsonDecodeTest {

    private static Object decode(String json) {
        return GoJson.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givenArbitraryJson_decode_givesMapsListsStringsBooleansDoublesAndNulls() {
        Object v = decode("{\"b\": [1, -0.5, 1e21, \"s\", true, null], \"a\": {}}");
        assertEquals(Map.of("b", Arrays.asList(1.0, -0.5, 1e21, "s", true, null), "a", Map.of()), v);
        assertEquals(List.of("b", "a"), List.copyOf(((Map<?, ?>) v).keySet()));
    }

    @Test
    void givenDuplicateKeys_decode_keepsTheLastValue() {
        assertEquals(Map.of("a", 2.0), decode("{\"a\": 1, \"a\": 2}"));
    }

    @Test
    void givenDecodedValue_encode_givesGoBytes() {
        Object v = decode("{\"z\": 100000000000000000000, \"a\": [1.0, 0.0000001, \"<\"]}");
        assertEquals("{\"a\":[1,1e-7,\"\\u003c\"],\"z\":100000000000000000000}", GoJson.encode(v, JsonStyle.COMPACT));
    }

    @Test
    void givenOutOfRangeNumberOrTrailingData_decode_fails() {
        assertEquals("json: cannot unmarshal number 1e400 into Go value of type float64",
                assertThrows(JsonDecodeException.class, () -> decode("[1e400]")).getMessage());
        assertThrows(JsonDecodeException.class, () -> decode("[] []"));
    }
}
