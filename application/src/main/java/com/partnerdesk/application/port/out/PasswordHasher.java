package com.partnerdesk.application.port.out;

/** Slow, salted password hashing (Argon2id in production). */
public interface PasswordHasher {
    String hash(char[] password);

    boolean verify(char[] password, String hash);
}
