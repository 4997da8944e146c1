package com.partnerdesk.adapters.web.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts failed sign-ins per e-mail and client address; too many within the window and sign-in is refused. */
public final class SignInLimiter {
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int allowed;
    private final Duration window;

    public SignInLimiter(Clock clock, int allowed, Duration window) {
        this.clock = clock;
        this.allowed = allowed;
        this.window = window;
    }

    boolean blocked(String email, String ip) {
        Deque<Instant> list = failures.get(key(email, ip));
        if (list == null) {
            return false;
        }
        synchronized (list) {
            prune(list);
            return list.size() >= allowed;
        }
    }

    void failed(String email, String ip) {
        Deque<Instant> list = failures.computeIfAbsent(key(email, ip), k -> new ArrayDeque<>());
        synchronized (list) {
            prune(list);
            list.addLast(clock.instant());
        }
    }

    void succeeded(String email, String ip) {
        failures.remove(key(email, ip));
    }

    private void prune(Deque<Instant> list) {
        Instant cutoff = clock.instant().minus(window);
        while (!list.isEmpty() && list.peekFirst().isBefore(cutoff)) {
            list.removeFirst();
        }
    }

    private static String key(String email, String ip) {
        return String.valueOf(email).strip().toLowerCase(Locale.ROOT) + "|" + ip;
    }
}
