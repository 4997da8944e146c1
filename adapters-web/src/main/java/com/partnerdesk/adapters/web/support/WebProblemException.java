package com.partnerdesk.adapters.web.support;

/** A refusal that belongs to HTTP itself (428, 415, 413, 429, a CSRF refusal), mapped with the others. */
public final class WebProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final String field;
    private final int retryAfterSeconds;

    public WebProblemException(int status, String title, String detail, String field) {
        this(status, title, detail, field, 0);
    }

    public WebProblemException(int status, String title, String detail, String field, int retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The seconds a client should wait before trying again ({@code Retry-After}); 0 for none. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static WebProblemException preconditionRequired() {
        return new WebProblemException(428, "Precondition required",
                "Send If-Match with the case's version (its ETag) to change its state", "If-Match");
    }

    public static WebProblemException unsupportedMediaType(String got) {
        return new WebProblemException(415, "Unsupported media type",
                "Send the body as application/json, not " + (got == null ? "no content type" : got), "Content-Type");
    }

    public static WebProblemException tooLarge(long max) {
        return new WebProblemException(413, "Payload too large", "The request body is larger than " + max + " bytes", null);
    }

    public static WebProblemException csrf(String why) {
        return new WebProblemException(403, "Forbidden", "The form could not be verified (" + why + "); reload the page and try again", null);
    }

    public static WebProblemException noRoles() {
        return new WebProblemException(403, "Forbidden", "This page is not available to your role(s)", null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }
}
