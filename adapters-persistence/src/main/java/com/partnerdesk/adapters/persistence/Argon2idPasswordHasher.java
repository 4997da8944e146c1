package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.PasswordHasher;
import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.CharBuffer;

/** Argon2id with OWASP's minimum parameters (19 MiB, 2 iterations, 1 lane), encoded PHC strings. */
public final class Argon2idPasswordHasher implements PasswordHasher {
    /** Made on first use: commands that never hash a password do not load password4j. */
    private static final class Function {
        static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    }

    @Override
    public String hash(char[] password) {
        return Function.ARGON2.hash(CharBuffer.wrap(password)).getResult();
    }

    @Override
    public boolean verify(char[] password, String hash) {
        try {
            return Argon2Function.getInstanceFromHash(hash).check(CharBuffer.wrap(password), hash);
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
