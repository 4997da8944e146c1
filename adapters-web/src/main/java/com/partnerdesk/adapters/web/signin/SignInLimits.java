package com.partnerdesk.adapters.web.signin;

import java.time.Duration;

/**
 * How much password checking the desk does for anyone who asks (ADR 0014).
 *
 * @param perAccountAndAddress failed sign-ins for one e-mail from one address within {@code window} before that pair is
 *                             refused (429)
 * @param perAddress           failed sign-ins from one address, whatever the e-mail, within {@code window} (429)
 * @param perAccount           failed sign-ins for one e-mail, from any address, within {@code window} (429)
 * @param perMinute            failed sign-ins overall in the last minute before the desk answers 503 for a while: the
 *                             global soft limit
 * @param concurrentChecks     password checks running at once (Argon2id takes 19 MiB each); more wait up to
 *                             {@code queueWait}, then get 503 with Retry-After
 * @param window               how long a failure counts
 * @param queueWait            how long an attempt waits for a free check
 * @param trustedBrowserFailures failures allowed for one e-mail from a browser that signed in as that agent before (its
 *                             own bucket: none of the limits above applies to it, so an attacker cannot lock that agent
 *                             out)
 */
public record SignInLimits(int perAccountAndAddress, int perAddress, int perAccount, int perMinute,
                           int concurrentChecks, Duration window, Duration queueWait, int trustedBrowserFailures) {

    public SignInLimits {
        if (perAccountAndAddress < 1 || perAddress < 1 || perAccount < 1 || perMinute < 1 || concurrentChecks < 1
                || trustedBrowserFailures < 1) {
            throw new IllegalArgumentException("every sign-in limit must be at least 1");
        }
        if (window == null || window.isNegative() || window.isZero() || queueWait == null || queueWait.isNegative()) {
            throw new IllegalArgumentException("the sign-in window must be positive and the queue wait not negative");
        }
    }

    /**
     * 5 failures per e-mail and address, 30 per address, 20 per e-mail, 600 a minute overall, per 15 minutes; 4 checks
     * at once (about 80 MiB), waiting up to 2 s; 10 failures from a browser the agent signed in with before.
     */
    public static SignInLimits defaults() {
        return new SignInLimits(5, 30, 20, 600, 4, Duration.ofMinutes(15), Duration.ofSeconds(2), 10);
    }
}
