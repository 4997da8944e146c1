package com.partnerdesk.domain.secondfactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: ten one-time codes of 10 characters (about 50 bits each) from an alphabet without look-alikes,
 * shown once at enrolment; only their SHA-256 digests are kept, and each signs in once in place of a TOTP code.
 */
public final class RecoveryCodes {
    public static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    /** Ten new codes, written xxxxx-xxxxx. */
    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < LENGTH; c++) {
                if (c == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The digest kept of a code, whatever case, dashes or spaces it was typed with. */
    public static String digest(String typed) {
        String normal = typed == null ? "" : typed.replace("-", "").replace(" ", "").strip().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** True when what was typed has a recovery code's shape (so it is not taken for a TOTP code). */
    public static boolean looksLikeOne(String typed) {
        String normal = typed == null ? "" : typed.replace("-", "").replace(" ", "").strip();
        return normal.length() == LENGTH;
    }
}
