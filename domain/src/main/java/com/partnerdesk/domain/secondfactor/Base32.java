package com.partnerdesk.domain.secondfactor;

import com.partnerdesk.domain.common.InvalidValueException;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** RFC 4648 base 32 without padding: how authenticator apps take a TOTP secret. */
public final class Base32 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    public static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = buffer << 8 | b & 0xff;
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt(buffer >> bits - 5 & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt(buffer << 5 - bits & 31));
        }
        return out.toString();
    }

    public static byte[] decode(String field, String text) {
        String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new InvalidValueException(field, "is not base 32 (letters A-Z and digits 2-7)");
            }
            buffer = buffer << 5 | value;
            bits += 5;
            if (bits >= 8) {
                out.write(buffer >> bits - 8 & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
