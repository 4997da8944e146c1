package com.partnerdesk.domain.secondfactor;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC-SHA-1 (RFC 2104) over the JDK's SHA-1 digest, which the domain may use ({@code java.security}); checked
 * against RFC 2202's vectors and, through {@link Totp}, RFC 6238's. SHA-1 is what RFC 6238 and every authenticator
 * app use for TOTP; HMAC-SHA-1 stays sound where SHA-1's collisions are not.
 */
final class HmacSha1 {
    private static final int BLOCK = 64;

    private HmacSha1() {
    }

    static byte[] mac(byte[] key, byte[] message) {
        MessageDigest sha1 = sha1();
        byte[] k = key.length > BLOCK ? sha1.digest(key) : key;
        byte[] block = Arrays.copyOf(k, BLOCK);
        byte[] inner = new byte[BLOCK];
        byte[] outer = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            inner[i] = (byte) (block[i] ^ 0x36);
            outer[i] = (byte) (block[i] ^ 0x5c);
        }
        sha1.update(inner);
        byte[] innerHash = sha1.digest(message);
        sha1.update(outer);
        return sha1.digest(innerHash);
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
