package com.partnerdesk.adapters.web.assets;

import static com.partnerdesk.adapters.web.support.WebRole.ANYONE;

import com.partnerdesk.adapters.web.support.Resource;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** The stylesheet and the one small script of the pages, served from the class path, cached for an hour. */
public final class AssetRoutes implements Resource {
    private final byte[] css = read("/static/desk.css");
    private final byte[] script = read("/static/desk.js");

    @Override
    public void register(RoutesConfig r) {
        r.get("/static/desk.css", ctx -> serve(ctx, "text/css; charset=utf-8", css), ANYONE);
        r.get("/static/desk.js", ctx -> serve(ctx, "text/javascript; charset=utf-8", script), ANYONE);
    }

    private static void serve(Context ctx, String type, byte[] body) {
        ctx.contentType(type);
        ctx.header("Cache-Control", "max-age=3600");
        ctx.result(body);
    }

    private static byte[] read(String path) {
        try (InputStream in = AssetRoutes.class.getResourceAsStream(path)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }
}
