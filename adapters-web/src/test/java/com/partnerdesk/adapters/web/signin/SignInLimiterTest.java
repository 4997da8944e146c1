package com.partnerdesk.adapters.web.signin;

import com.partnerdesk.adapters.web.support.WebProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.partnerdesk.application.error.NotAuthenticatedException;
import com.partnerdesk.application.fakes.MutableClock;
import com.partnerdesk.application.fakes.Samples;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The sign-in limits one by one (issue 13: sign-in exhausted memory; a proxy's address locked every agent out). */
class SignInLimiterTest {
    private final MutableClock clock = MutableClock.at(Samples.T0);

    private SignInLimiter limiter(int concurrent) {
        return new SignInLimiter(clock, new SignInLimits(5, 30, 20, 600, concurrent, Duration.ofMinutes(15),
                Duration.ofMillis(100), 10));
    }

    private static Object wrong() {
        throw new NotAuthenticatedException("Wrong e-mail or password, or the account is disabled");
    }

    private static void fail(SignInLimiter limiter, String email, String address, String browser) {
        assertThatThrownBy(() -> limiter.attempt(email, address, browser, SignInLimiterTest::wrong))
                .isInstanceOf(NotAuthenticatedException.class);
    }

    private static WebProblemException refused(SignInLimiter limiter, String email, String address, String browser) {
        return catchThrowableOfType(WebProblemException.class, () -> limiter.attempt(email, address, browser, () -> "ok"));
    }

    @Test
    void sprayingManyEmailsFromOneAddressIsLimitedPerAddress() {
        SignInLimiter limiter = limiter(4);
        for (int i = 0; i < 30; i++) {
            fail(limiter, "user" + i + "@partner.example", "203.0.113.7", null);
        }

        WebProblemException refusal = refused(limiter, "user99@partner.example", "203.0.113.7", null);

        assertThat(refusal.status()).isEqualTo(429);
        assertThat(refusal.retryAfterSeconds()).isPositive();
        assertThat(limiter.attempt("user99@partner.example", "198.51.100.2", null, () -> "ok")).isEqualTo("ok");
    }

    @Test
    void guessingOneAccountFromManyAddressesIsLimitedPerAccount() {
        SignInLimiter limiter = limiter(4);
        for (int i = 0; i < 20; i++) {
            fail(limiter, "hannah@partner.example", "203.0.113." + i, null);
        }

        assertThat(refused(limiter, "hannah@partner.example", "198.51.100.2", null).status()).isEqualTo(429);
        clock.advance(Duration.ofMinutes(16));
        assertThat(limiter.attempt("hannah@partner.example", "198.51.100.2", null, () -> "ok")).isEqualTo("ok");
    }

    @Test
    void anAttackerBehindTheSameProxyCannotLockOutAnAgentFromABrowserSheSignedInWith() {
        SignInLimiter limiter = limiter(4);
        String browser = limiter.trustedBrowserCookie("Hannah@Partner.example");
        for (int i = 0; i < 40; i++) {
            try {
                limiter.attempt("hannah@partner.example", "10.0.0.1", null, SignInLimiterTest::wrong);
            } catch (NotAuthenticatedException | WebProblemException expected) {
                // the attacker is refused, one way or the other
            }
        }
        assertThat(refused(limiter, "hannah@partner.example", "10.0.0.1", null).status()).isEqualTo(429);

        assertThat(limiter.attempt("hannah@partner.example", "10.0.0.1", browser, () -> "signed in")).isEqualTo("signed in");
        assertThat(limiter.trusts(browser, "other@partner.example")).isFalse();
        assertThat(limiter.trusts(browser.substring(0, browser.length() - 2) + "xx", "hannah@partner.example")).isFalse();
    }

    @Test
    void theOverallSoftLimitAnswers503() {
        SignInLimiter limiter = new SignInLimiter(clock, new SignInLimits(5, 1000, 1000, 50, 4, Duration.ofMinutes(15),
                Duration.ofMillis(100), 10));
        for (int i = 0; i < 50; i++) {
            fail(limiter, "user" + i + "@partner.example", "203.0.113." + (i % 200), null);
        }

        WebProblemException refusal = refused(limiter, "new@partner.example", "198.51.100.9", null);

        assertThat(refusal.status()).isEqualTo(503);
        assertThat(refusal.retryAfterSeconds()).isEqualTo(60);
        clock.advance(Duration.ofSeconds(61));
        assertThat(limiter.attempt("new@partner.example", "198.51.100.9", null, () -> "ok")).isEqualTo("ok");
    }

    @Test
    void noMoreChecksRunAtOnceThanTheCapTheRestAre503WithRetryAfter() throws Exception {
        SignInLimiter limiter = limiter(1);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> limiter.attempt("a@partner.example", "203.0.113.1", null, () -> {
                inside.countDown();
                try {
                    return release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

            WebProblemException busy = refused(limiter, "b@partner.example", "203.0.113.2", null);

            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.retryAfterSeconds()).isEqualTo(1);
            String browser = limiter.trustedBrowserCookie("c@partner.example");
            assertThat(limiter.attempt("c@partner.example", "203.0.113.3", browser, () -> "reserved check"))
                    .isEqualTo("reserved check");
        } finally {
            release.countDown();
            pool.shutdown();
        }
    }
}
