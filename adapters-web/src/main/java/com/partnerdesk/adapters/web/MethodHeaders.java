package com.partnerdesk.adapters.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The method of a request is the one on its request line, nothing else. Javalin would take a method from
 * {@code X-HTTP-Method-Override} (a GET turned into a state change past the CSRF check of unsafe methods): that
 * header and its cousins are dropped before Javalin sees the request. A HEAD request is routed as the GET of the same
 * address (the same roles, the same checks, the same headers) and Jetty sends no body, as HTTP says.
 */
final class MethodHeaders extends Handler.Wrapper {
    static final String OVERRIDE = "X-HTTP-Method-Override";
    private static final String[] OVERRIDES = {OVERRIDE, "X-HTTP-Method", "X-Method-Override"};

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields headers = request.getHeaders();
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        boolean overridden = false;
        for (String name : OVERRIDES) {
            overridden |= headers.contains(name);
        }
        if (!head && !overridden) {
            return super.handle(request, response, callback);
        }
        HttpFields.Mutable cleaned = HttpFields.build(headers);
        for (String name : OVERRIDES) {
            cleaned.remove(name);
        }
        if (head) {
            cleaned.put(OVERRIDE, HttpMethod.GET.asString()); // read by Javalin's Context.method() alone
        }
        HttpFields fields = cleaned.asImmutable();
        return super.handle(new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return fields;
            }
        }, response, callback);
    }
}
