package com.partnerdesk.adapters.web.support;

import io.javalin.http.Context;

/** Sets cookies with the flags every cookie of the desk carries (HttpOnly, SameSite=Lax; Secure behind TLS). */
public final class Cookies {
    private final boolean secure;

    public Cookies(boolean secure) {
        this.secure = secure;
    }

    public void set(Context ctx, String name, String value, long maxAgeSeconds) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value)
                .append("; Path=/; HttpOnly; SameSite=Lax; Max-Age=").append(maxAgeSeconds);
        if (secure) {
            cookie.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }
}
