package com.partnerdesk.adapters.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8: a request whose body or query is not well-formed UTF-8 (an overlong {@code C0 AF} for {@code /}, a
 * lone continuation byte, a surrogate) is refused whole, never decoded with replacements or leniently.
 */
final class Utf8 {
    private Utf8() {
    }

    static boolean valid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether the bytes that {@code %XX} escapes (and the characters between them) make UTF-8. */
    static boolean validPercentEncoded(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length() && hex(encoded.charAt(i + 1)) >= 0 && hex(encoded.charAt(i + 2)) >= 0) {
                bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                i += 2;
            } else {
                byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(plain, 0, plain.length);
            }
        }
        return valid(bytes.toByteArray());
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
