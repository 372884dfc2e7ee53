package dev.patrol.codec.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON text into plain values (null, Boolean, String, {@link JsonNumber}, List,
 * {@link JsonObject}) with Jackson's streaming parser, which is as strict as Go's scanner.
 */
final class JsonTree {
    /** Deepest nesting accepted; deeper input is refused instead of exhausting the stack. */
    static final int MAX_DEPTH = 512;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 1)
                    .maxNumberLength(1_000_000)
                    .maxNameLength(10_000_000)
                    .build())
            .build();

    private JsonTree() {
    }

    /** The first JSON value; text after it is not read (Go's Decoder.Decode). */
    static Object readFirst(byte[] json) {
        return read(json, false);
    }

    /** The only JSON value; anything but whitespace after it is an error (Go's Unmarshal). */
    static Object readOnly(byte[] json) {
        return read(json, true);
    }

    private static Object read(byte[] json, boolean whole) {
        // Decoding ourselves keeps Go's rules: UTF-8 only, no BOM, bad bytes become U+FFFD.
        String text = GoUtf8.decode(json, json.length);
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new JsonDecodeException("unexpected end of JSON input");
            }
            Object value = value(p, first, 0);
            if (whole) {
                JsonToken extra = p.nextToken();
                if (extra != null) {
                    throw new JsonDecodeException("invalid character after top-level value at "
                            + location(p));
                }
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new JsonDecodeException("invalid JSON: " + e.getOriginalMessage() + " at "
                    + location(e), e);
        } catch (IOException e) {
            throw new JsonDecodeException("invalid JSON: " + e.getMessage(), e);
        }
    }

    private static Object value(JsonParser p, JsonToken token, int depth) throws IOException {
        switch (token) {
            case START_OBJECT:
                return object(p, depth + 1);
            case START_ARRAY:
                return array(p, depth + 1);
            case VALUE_STRING:
                return GoUtf8.repairSurrogates(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JsonNumber(p.getText());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new JsonDecodeException("invalid JSON: unexpected " + token + " at " + location(p));
        }
    }

    private static JsonObject object(JsonParser p, int depth) throws IOException {
        checkDepth(depth, p);
        JsonObject out = new JsonObject();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = GoUtf8.repairSurrogates(p.currentName());
            out.add(name, value(p, p.nextToken(), depth));
        }
        return out;
    }

    private static List<Object> array(JsonParser p, int depth) throws IOException {
        checkDepth(depth, p);
        List<Object> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            out.add(value(p, t, depth));
        }
        return out;
    }

    private static void checkDepth(int depth, JsonParser p) {
        if (depth > MAX_DEPTH) {
            throw new JsonDecodeException("JSON nested deeper than " + MAX_DEPTH + " levels at "
                    + location(p));
        }
    }

    private static String location(JsonParser p) {
        return "line " + p.currentLocation().getLineNr() + ", column " + p.currentLocation().getColumnNr();
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "unknown position"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
