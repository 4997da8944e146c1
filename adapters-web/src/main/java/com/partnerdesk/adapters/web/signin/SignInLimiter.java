package com.partnerdesk.adapters.web.signin;

import com.partnerdesk.adapters.web.support.WebProblemException;

import com.partnerdesk.application.error.NotAuthenticatedException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bounds what sign-in costs and who it can lock out (ADR 0014).
 *
 * <ul>
 *   <li>At most {@link SignInLimits#concurrentChecks()} password checks run at once; one more is kept for browsers
 *       the agent signed in with before. An attempt that finds none free within the queue wait is answered 503 with
 *       Retry-After, so memory and CPU stay bounded whatever comes in.</li>
 *   <li>Failures are counted per e-mail and address, per address, per e-mail and overall; past a limit, attempts are
 *       answered 429 (503 for the overall soft limit) with Retry-After and no password is checked.</li>
 *   <li>A browser that signed in as an agent carries a cookie binding it to that agent (an HMAC under a key of this
 *       process). Its attempts for that agent count in a bucket of their own, to which none of the limits above
 *       applies: an attacker, even one behind the same proxy, cannot lock that agent out.</li>
 * </ul>
 */
public final class SignInLimiter {
    static final String TRUSTED_BROWSER_COOKIE = "pd_browser";
    private static final int MAX_TRACKED = 200_000;

    private final Clock clock;
    private final SignInLimits limits;
    private final Semaphore checks;
    private final Semaphore trustedChecks = new Semaphore(1, true);
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Deque<Instant> lastMinute = new ArrayDeque<>();
    private final byte[] browserKey = new byte[32];
    private final SecureRandom random = new SecureRandom();

    public SignInLimiter(Clock clock, SignInLimits limits) {
        this.clock = clock;
        this.limits = limits;
        this.checks = new Semaphore(limits.concurrentChecks(), true);
        random.nextBytes(browserKey);
    }

    /**
     * Runs one password check under the limits; a refusal is a {@link WebProblemException} (429 or 503, with
     * Retry-After) and checks nothing. A wrong password ({@link NotAuthenticatedException}) is counted and rethrown.
     */
    <T> T attempt(String email, String address, String browserCookie, Supplier<T> check) {
        String account = normalized(email);
        boolean trusted = trusts(browserCookie, account);
        String trustedKey = "t|" + account + "|" + browserCookie;
        if (trusted) {
            refuseIfOver(trustedKey, limits.trustedBrowserFailures(), limits.window());
        } else {
            refuseIfOver("a|" + account + "|" + address, limits.perAccountAndAddress(), limits.window());
            refuseIfOver("i|" + address, limits.perAddress(), limits.window());
            refuseIfOver("e|" + account, limits.perAccount(), limits.window());
            if (overallFailuresLastMinute() >= limits.perMinute() || failures.size() >= MAX_TRACKED) {
                throw busy("Too many failed sign-ins at the desk just now; try again in a minute", 60);
            }
        }
        Semaphore permit = acquire(trusted);
        try {
            T result = check.get();
            failures.remove("a|" + account + "|" + address);
            failures.remove(trustedKey);
            return result;
        } catch (NotAuthenticatedException wrong) {
            if (trusted) {
                count(trustedKey);
            } else {
                count("a|" + account + "|" + address);
                count("i|" + address);
                count("e|" + account);
                synchronized (lastMinute) {
                    lastMinute.addLast(clock.instant());
                }
            }
            throw wrong;
        } finally {
            permit.release();
        }
    }

    private Semaphore acquire(boolean trusted) {
        long waitMillis = limits.queueWait().toMillis();
        try {
            if (checks.tryAcquire(trusted ? 0 : waitMillis, TimeUnit.MILLISECONDS)) {
                return checks;
            }
            if (trusted && trustedChecks.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                return trustedChecks;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw busy("The desk is checking too many sign-ins at once; try again in a moment", 1);
    }

    private void refuseIfOver(String key, int allowed, Duration window) {
        Deque<Instant> list = failures.get(key);
        if (list == null) {
            return;
        }
        synchronized (list) {
            prune(list, window);
            if (list.size() >= allowed) {
                long wait = Math.max(1, Duration.between(clock.instant(), list.peekFirst().plus(window)).toSeconds());
                throw new WebProblemException(429, "Too many requests",
                        "Too many failed sign-ins; wait " + Math.max(1, wait / 60) + " minute(s) and try again, "
                                + "or sign in from a browser you have signed in with before", null, (int) Math.min(wait, 3600));
            }
        }
    }

    private void count(String key) {
        Deque<Instant> list = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (list) {
            prune(list, limits.window());
            list.addLast(clock.instant());
        }
        if (failures.size() % 1024 == 0) {
            forgetExpired();
        }
    }

    private int overallFailuresLastMinute() {
        synchronized (lastMinute) {
            Instant cutoff = clock.instant().minus(Duration.ofMinutes(1));
            while (!lastMinute.isEmpty() && lastMinute.peekFirst().isBefore(cutoff)) {
                lastMinute.removeFirst();
            }
            return lastMinute.size();
        }
    }

    private void forgetExpired() {
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                prune(e.getValue(), limits.window());
                return e.getValue().isEmpty();
            }
        });
    }

    private void prune(Deque<Instant> list, Duration window) {
        Instant cutoff = clock.instant().minus(window);
        while (!list.isEmpty() && list.peekFirst().isBefore(cutoff)) {
            list.removeFirst();
        }
    }

    private static WebProblemException busy(String detail, int retryAfterSeconds) {
        return new WebProblemException(503, "Service unavailable", detail, null, retryAfterSeconds);
    }

    // --- browsers an agent signed in with -------------------------------------------------------

    /** A new cookie value binding this browser to the agent who just signed in. */
    String trustedBrowserCookie(String email) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String browser = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        return browser + "." + mac(browser, normalized(email));
    }

    boolean trusts(String cookie, String account) {
        if (cookie == null) {
            return false;
        }
        int dot = cookie.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String expected = mac(cookie.substring(0, dot), account);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                cookie.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String browser, String account) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(browserKey, "HmacSHA256"));
            byte[] sum = mac.doFinal((browser + "|" + account).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String normalized(String email) {
        return String.valueOf(email).strip().toLowerCase(Locale.ROOT);
    }
}
