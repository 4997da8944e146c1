package com.partnerdesk.adapters.web;

import com.partnerdesk.adapters.web.signin.SignInLimits;
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
        SignInLimits signIn) {

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
        if (signIn == null) {
            throw new IllegalArgumentException("signIn limits are required");
        }
    }

    /** The sign-in limits at their defaults ({@link SignInLimits#defaults()}). */
    public WebSettings(boolean secureCookies, Duration sessionIdleTimeout, Duration sessionAbsoluteTimeout,
                       long maxRequestBytes) {
        this(secureCookies, sessionIdleTimeout, sessionAbsoluteTimeout, maxRequestBytes, SignInLimits.defaults());
    }

    /** Idle 30 min, absolute 12 h, 1 MiB bodies, the default sign-in limits. */
    public static WebSettings defaults(boolean secureCookies) {
        return new WebSettings(secureCookies, Duration.ofMinutes(30), Duration.ofHours(12), ONE_MIB,
                SignInLimits.defaults());
    }

    public WebSettings withSignIn(SignInLimits limits) {
        return new WebSettings(secureCookies, sessionIdleTimeout, sessionAbsoluteTimeout, maxRequestBytes, limits);
    }
}
