package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.PasswordHasher;
import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.CharBuffer;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Argon2id with OWASP's minimum parameters (19 MiB, 2 iterations, 1 lane), encoded PHC strings. A check for no agent
 * waits as long as a typical verification took (a moving average of the real ones) without allocating anything.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {
    /** Made on first use: commands that never hash a password do not load password4j. */
    private static final class Function {
        static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
        static final String MEASURING_HASH = ARGON2.hash("only-to-measure-how-long-a-check-takes").getResult();
    }

    /** Real checks a check for no agent still runs at first: the first ones run cold (class loading, JIT). */
    private static final int MEASURED_CHECKS = 3;

    private final AtomicLong typicalNanos = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger measured = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public String hash(char[] password) {
        return Function.ARGON2.hash(CharBuffer.wrap(password)).getResult();
    }

    @Override
    public boolean verify(char[] password, String hash) {
        long started = System.nanoTime();
        try {
            return Argon2Function.getInstanceFromHash(hash).check(CharBuffer.wrap(password), hash);
        } catch (RuntimeException malformed) {
            return false;
        } finally {
            long took = System.nanoTime() - started;
            // the first checks are cold and slow: each of the first few replaces the estimate outright
            boolean warm = measured.incrementAndGet() > MEASURED_CHECKS;
            typicalNanos.updateAndGet(old -> old == 0 || !warm ? took : old + (took - old) / 8);
        }
    }

    @Override
    public void spendVerifyTime() {
        if (measured.get() < MEASURED_CHECKS) {
            verify(new char[] {'x'}, Function.MEASURING_HASH); // the first few per process: learns what a check costs
            return;
        }
        long typical = typicalNanos.get();
        long until = System.nanoTime() + typical;
        for (long left = typical; left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
