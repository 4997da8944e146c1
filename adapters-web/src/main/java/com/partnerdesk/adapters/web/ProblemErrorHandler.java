package com.partnerdesk.adapters.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests that Jetty refuses before they reach the desk (a request line or URI too long,
 * headers too large, a URI that cannot be decoded) with problem+json like every other refusal, instead
 * of Jetty's HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String reason = HttpStatus.getMessage(code);
        String title = reason == null || reason.isBlank() ? "Error" : reason;
        String detail = code == HttpStatus.URI_TOO_LONG_414
                ? "The address is too long; send a shorter query"
                : code == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431
                ? "The request headers are too large"
                : "The request could not be read: " + title;
        String body = "{\"type\":\"urn:partnerdesk:problem:" + slug(title) + "\",\"title\":\"" + title
                + "\",\"status\":" + code + ",\"detail\":\"" + detail + "\",\"errors\":[]}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
