package com.partnerdesk.adapters.web;

import java.time.Duration;

/**
 * How the web adapter guards itself: Secure cookies and HSTS (behind TLS), session timeouts, the largest
 * request body accepted, and the sign-in rate limit.
 */
public record WebSettings(
        boolean secureCookies,
        Duration sessionIdleTimeout,
        Duration sessionAbsoluteTimeout,
        long maxRequestBytes,
        int signInFailuresAllowed,
        Duration signInFailureWindow) {

    public static final long ONE_MIB = 1024L * 1024L;

    public WebSettings {
        if (sessionIdleTimeout == null || sessionIdleTimeout.isNegative() || sessionIdleTimeout.isZero()) {
            throw new IllegalArgumentException("sessionIdleTimeout must be positive");
        }
        if (sessionAbsoluteTimeout == null || sessionAbsoluteTimeout.compareTo(sessionIdleTimeout) < 0) {
            throw new IllegalArgumentException("sessionAbsoluteTimeout must be at least the idle timeout");
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("maxRequestBytes must be at least 1024");
        }
        if (signInFailuresAllowed < 1 || signInFailureWindow == null || signInFailureWindow.isNegative()) {
            throw new IllegalArgumentException("the sign-in rate limit needs a positive count and window");
        }
    }

    /** The sign-in rate limit at its default: 5 failures per e-mail and address per 15 minutes. */
    public WebSettings(boolean secureCookies, Duration sessionIdleTimeout, Duration sessionAbsoluteTimeout,
                       long maxRequestBytes) {
        this(secureCookies, sessionIdleTimeout, sessionAbsoluteTimeout, maxRequestBytes, 5, Duration.ofMinutes(15));
    }

    /** Idle 30 min, absolute 12 h, 1 MiB bodies, 5 failed sign-ins per e-mail and address per 15 min. */
    public static WebSettings defaults(boolean secureCookies) {
        return new WebSettings(secureCookies, Duration.ofMinutes(30), Duration.ofHours(12), ONE_MIB, 5,
                Duration.ofMinutes(15));
    }
}
