package dev.patrol.codec.json;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Go's []uint8 (the `ignore-exit-codes-*` lists): an array of 0–255, or a base64 string. */
final class GoBytes {
    private GoBytes() {
    }

    static List<Integer> decode(Object json, GoField at) {
        if (json == null) {
            return List.of();
        }
        if (json instanceof String) {
            return base64((String) json, at);
        }
        if (!(json instanceof List)) {
            throw at.mismatch(json, "[]uint8");
        }
        List<Integer> out = new ArrayList<>();
        for (Object item : (List<?>) json) {
            out.add(item == null ? 0 : GoConvert.unsigned(item, at, "uint8", GoConvert.UINT8_MAX).intValue());
        }
        return out;
    }

    /** Go's base64.StdEncoding: padding required, CR and LF ignored. */
    private static List<Integer> base64(String text, GoField at) {
        String clean = text.replace("\r", "").replace("\n", "");
        byte[] bytes;
        try {
            if (clean.length() % 4 != 0) {
                throw new IllegalArgumentException("length " + clean.length() + " is not a multiple of 4");
            }
            bytes = Base64.getDecoder().decode(clean);
        } catch (IllegalArgumentException e) {
            throw new JsonDecodeException("illegal base64 data in " + at.path() + ": " + e.getMessage(), e);
        }
        List<Integer> out = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            out.add(b & 0xFF);
        }
        return out;
    }
}
