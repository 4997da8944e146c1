package com.partnerdesk.application.port.out;

/** Slow, salted password hashing (Argon2id in production). */
public interface PasswordHasher {
    String hash(char[] password);

    boolean verify(char[] password, String hash);

    /**
     * Takes about as long as {@link #verify} without its work (Argon2id's 19 MiB): what a sign-in for an e-mail that
     * names no agent costs, so that it neither tells the e-mail apart by time nor costs the desk memory.
     */
    void spendVerifyTime();
}
