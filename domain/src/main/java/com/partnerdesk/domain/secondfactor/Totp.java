package com.partnerdesk.domain.secondfactor;

import com.partnerdesk.domain.common.InvalidValueException;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238, on RFC 4226's HOTP): six digits, 30-second steps from the Unix epoch,
 * HMAC-SHA-1, the choice of every authenticator app. A code is accepted in its own step and one step either side
 * (a phone's clock a little off, a code typed as the step turns), and only in a step later than the last one used:
 * a code seen once, or an older one, never signs in again.
 */
public final class Totp {
    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps accepted either side of now. */
    public static final int WINDOW = 1;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The HOTP value of {@code counter} with {@code digits} digits, zero-padded (RFC 4226 section 5.3). */
    public static String code(byte[] secret, long counter, int digits) {
        if (digits < 6 || digits > 8) {
            throw new InvalidValueException("digits", "must be 6 to 8");
        }
        byte[] message = new byte[8];
        for (int i = 7; i >= 0; i--) {
            message[i] = (byte) (counter & 0xff);
            counter >>>= 8;
        }
        byte[] hash = HmacSha1.mac(secret, message);
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16 | (hash[offset + 2] & 0xff) << 8
                | hash[offset + 3] & 0xff;
        String value = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - value.length()) + value;
    }

    public static String code(byte[] secret, Instant at) {
        return code(secret, step(at), DIGITS);
    }

    /**
     * The step {@code typed} matches at {@code now} (within {@link #WINDOW}, and after {@code lastUsedStep}), or empty.
     * Spaces in what was typed are ignored; anything but six digits matches nothing.
     */
    public static OptionalLong match(byte[] secret, String typed, Instant now, OptionalLong lastUsedStep) {
        String code = typed == null ? "" : typed.replace(" ", "").strip();
        if (code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        for (long s = current - WINDOW; s <= current + WINDOW; s++) {
            boolean fresh = lastUsedStep.isEmpty() || s > lastUsedStep.getAsLong();
            if (fresh && constantTimeEquals(code(secret, s, DIGITS), code) && found.isEmpty()) {
                found = OptionalLong.of(s);
            }
        }
        return found;
    }

    private static boolean constantTimeEquals(String a, String b) {
        int diff = a.length() ^ b.length();
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            diff |= a.charAt(i) ^ b.charAt(i);
        }
        return diff == 0;
    }
}
