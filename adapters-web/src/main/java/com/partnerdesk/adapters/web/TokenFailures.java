package com.partnerdesk.adapters.web;

import com.partnerdesk.adapters.web.support.WebProblemException;
import com.partnerdesk.application.port.in.AuthenticateUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests with a wrong bearer token, per client address: past {@link #ALLOWED} within {@link #WINDOW} the address is
 * answered 429 with Retry-After until the window ends, without the token being looked up; and they are audited
 * aggregated, one event per address per flush (the server flushes every minute and when it stops), never one row per
 * attempt.
 */
final class TokenFailures {
    static final int ALLOWED = 20;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final AuthenticateUseCase audit;
    private final Map<String, Address> addresses = new ConcurrentHashMap<>();

    /** One address: its failures in the current window, and those not audited yet. */
    private static final class Address {
        Instant windowStart;
        long inWindow;
        long pending;
        Instant firstPending;
        Instant lastPending;
    }

    TokenFailures(Clock clock, AuthenticateUseCase audit) {
        this.clock = clock;
        this.audit = audit;
    }

    void refuseIfBlocked(String address) {
        Address a = addresses.get(address);
        if (a == null) {
            return;
        }
        Instant now = clock.instant();
        synchronized (a) {
            Instant ends = a.windowStart.plus(WINDOW);
            if (now.isBefore(ends) && a.inWindow >= ALLOWED) {
                count(a, now);
                throw new WebProblemException(429, "Too many requests", "Too many requests with a wrong token from this "
                        + "address; wait and try again with a valid token", null,
                        (int) Math.max(1, Duration.between(now, ends).toSeconds()));
            }
        }
    }

    void failed(String address) {
        if (addresses.size() >= MAX_TRACKED && !addresses.containsKey(address)) {
            flush();
        }
        Address a = addresses.computeIfAbsent(address, k -> new Address());
        Instant now = clock.instant();
        synchronized (a) {
            if (a.windowStart == null || !now.isBefore(a.windowStart.plus(WINDOW))) {
                a.windowStart = now;
                a.inWindow = 0;
            }
            a.inWindow++;
            count(a, now);
        }
    }

    private static void count(Address a, Instant now) {
        a.pending++;
        a.firstPending = a.firstPending == null ? now : a.firstPending;
        a.lastPending = now;
    }

    /** Audits what each address sent since the last flush as one event, and forgets addresses whose window ended. */
    void flush() {
        Instant now = clock.instant();
        addresses.forEach((address, a) -> {
            long attempts;
            Instant from;
            Instant to;
            synchronized (a) {
                attempts = a.pending;
                from = a.firstPending;
                to = a.lastPending;
                a.pending = 0;
                a.firstPending = null;
                a.lastPending = null;
            }
            if (attempts > 0) {
                audit.recordFailedTokens(address, attempts, from, to);
            }
        });
        addresses.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().pending == 0 && !now.isBefore(e.getValue().windowStart.plus(WINDOW));
            }
        });
    }
}
