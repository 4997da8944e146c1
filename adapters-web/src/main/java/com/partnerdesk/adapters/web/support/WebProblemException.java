package com.partnerdesk.adapters.web.support;

/** A refusal that belongs to HTTP itself (428, 415, 413, 429, a CSRF refusal), mapped with the others. */
public final class WebProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final String field;

    public WebProblemException(int status, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
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

    public static WebProblemException tooManySignIns() {
        return new WebProblemException(429, "Too many requests",
                "Too many failed sign-ins for this e-mail from this address; wait a few minutes", null);
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
