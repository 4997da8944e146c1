package com.partnerdesk.adapters.vendor;

import com.partnerdesk.application.port.out.VendorGateway.Retry;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** What every call to a vendor's REST API shares: Retry-After, error texts, path segments, a send that never hangs. */
public final class VendorCalls {
    private static final int MAX_ERROR_TEXT = 500;

    private VendorCalls() {
    }

    /** {@code Retry-After} text: delta seconds or an HTTP date (RFC 1123); a date in the past means now. */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String text = value.trim();
        if (text.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** A non-2xx answer as a retry: no sooner than the vendor asked on 429 and 503. */
    public static Retry refused(HttpResponse<String> response, Instant now) {
        int status = response.statusCode();
        String error = "the vendor answered " + status + errorText(response.body());
        if (status == 429 || status == 503) {
            return new Retry(error, response.headers().firstValue("Retry-After")
                    .flatMap(value -> parseRetryAfter(value, now)));
        }
        return new Retry(error, Optional.empty());
    }

    /** The vendor's error body, flattened and cut short, for a log line or an outbox entry (never a secret). */
    public static String errorText(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ").trim();
        return ": " + (flat.length() > MAX_ERROR_TEXT ? flat.substring(0, MAX_ERROR_TEXT) + "…" : flat);
    }

    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Sends a call; a vendor that cannot be reached, drops the answer or does not answer in time is a
     * {@link VendorUnavailableException} saying so (the caller tries again later).
     */
    public static HttpResponse<String> send(HttpClient client, HttpRequest http, Duration timeout) {
        try {
            return client.send(http, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException late) {
            throw new VendorUnavailableException("the vendor did not answer within " + timeout + " ("
                    + late.getMessage() + ")", late);
        } catch (IOException io) {
            throw new VendorUnavailableException("I/O error talking to the vendor: " + io.getClass().getSimpleName()
                    + ": " + io.getMessage(), io);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new VendorUnavailableException("interrupted while waiting for the vendor", interrupted);
        }
    }

    /** The vendor could not be read now; the caller tries again later. */
    public static final class VendorUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public VendorUnavailableException(String message) {
            super(message);
        }

        public VendorUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
