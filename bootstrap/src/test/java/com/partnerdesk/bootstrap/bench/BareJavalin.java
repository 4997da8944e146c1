package com.partnerdesk.bootstrap.bench;

import io.javalin.Javalin;
import java.util.List;
import java.util.Map;

/**
 * The baseline for {@code bench/load.sh}: the same Javalin and Jackson as the desk, one JSON route, nothing else
 * (no session, no database, no security headers). Binds to 127.0.0.1 only.
 * Usage: {@code java -cp partnerdesk.jar:DIR com.partnerdesk.bootstrap.bench.BareJavalin PORT}.
 */
public final class BareJavalin {
    private BareJavalin() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8098;
        Map<String, Object> body = Map.of(
                "id", "0b6f7c1e-2f4a-4d8e-9c3b-5a6d7e8f9a01",
                "service", "Exchange Online",
                "status", "WAITING_ON_INCIDENT",
                "impact", "CRITICAL",
                "version", 1,
                "reasons", List.of("Documented issue EX912345 covers GCC_HIGH/us-gov-virginia"));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/bare", ctx -> ctx.json(body));
        });
        app.start("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "bare-stop"));
        System.out.println("BareJavalin serving on http://127.0.0.1:" + port + "/bare");
    }
}
