package com.partnerdesk.application.fakes;

import com.partnerdesk.application.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A fast, deterministic stand-in for Argon2id: "fake:" + the SHA-256 of the password. Tests only. */
public final class FakePasswordHasher implements PasswordHasher {
    @Override
    public String hash(char[] password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(new String(password).getBytes(StandardCharsets.UTF_8));
            return "fake:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean verify(char[] password, String hash) {
        verifications.incrementAndGet();
        return hash != null && MessageDigest.isEqual(hash(password).getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8));
    }

    /** How many checks were for no agent at all: they must never run the real hash. */
    public final java.util.concurrent.atomic.AtomicInteger timeOnlyChecks = new java.util.concurrent.atomic.AtomicInteger();
    /** How many real verifications ran. */
    public final java.util.concurrent.atomic.AtomicInteger verifications = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void spendVerifyTime() {
        timeOnlyChecks.incrementAndGet();
    }
}
