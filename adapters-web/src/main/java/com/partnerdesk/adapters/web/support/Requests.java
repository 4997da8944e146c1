package com.partnerdesk.adapters.web.support;

import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotAuthenticatedException;
import com.partnerdesk.application.port.in.Caller;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** What every route reads of a request: who is asking (set by the server), the API's headers, a form's version. */
public final class Requests {
    public static final String API = "/api/v1";
    public static final String SESSION_COOKIE = "pd_session";
    public static final String SIGN_IN_CSRF_COOKIE = "pd_signin";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CALLER = "pd.caller";
    public static final String SESSION = "pd.session";
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private Requests() {
    }

    public static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    public static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new NotAuthenticatedException("Sign in first");
        }
        return caller;
    }

    public static Optional<Caller> optionalCaller(Context ctx) {
        return Optional.ofNullable(ctx.attribute(CALLER));
    }

    public static Optional<SessionStore.Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    /** Compares a form's CSRF token with the expected one in constant time. */
    public static void checkCsrfToken(String sent, String expected) {
        if (sent == null || expected == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            throw WebProblemException.csrf("missing or wrong CSRF token");
        }
    }

    /** The API's Idempotency-Key header. */
    public static Optional<String> idempotencyKey(Context ctx) {
        return idempotencyKey(ctx.header("Idempotency-Key"), "Idempotency-Key");
    }

    public static Optional<String> idempotencyKey(String key, String field) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        if (key.length() > 200) {
            throw InvalidInputException.of(field, "is longer than 200 characters");
        }
        return Optional.of(key.strip());
    }

    /** The version a state-changing API write expects, from If-Match: quoted or bare; missing is a 428. */
    public static long expectedVersion(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            throw WebProblemException.preconditionRequired();
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "'" + header + "' is not a case version such as \"3\"");
        }
    }

    /** The version an API write may state with If-Match; without the header, none. */
    public static java.util.OptionalLong optionalVersion(Context ctx) {
        String header = ctx.header("If-Match");
        return header == null || header.isBlank() ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(expectedVersion(ctx));
    }

    /** The version a form was rendered with (its hidden {@code version} field); missing is a 428. */
    public static long formVersion(Inputs in) {
        String value = in.text("version").orElse(null);
        if (value == null) {
            throw WebProblemException.preconditionRequired();
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            in.fault("version", "is not a version number");
            in.check();
            return -1;
        }
    }
}
