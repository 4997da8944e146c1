package com.partnerdesk.adapters.web.openapi;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;

import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI 3.1 description of {@code /api/v1}, served at {@code GET /api/v1/openapi.json} to any signed-in agent or
 * token holder. The description is a file kept beside the code ({@code openapi/openapi.json}); a test holds it to the
 * server's route table and to the real responses of the API tests.
 */
public final class OpenApiRoutes implements Resource {
    /** Where the description lives on the class path. */
    public static final String RESOURCE = "/openapi/openapi.json";

    private final String description;

    public OpenApiRoutes() {
        this.description = read();
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(Requests.API + "/openapi.json", this::describe, AGENTS);
    }

    private void describe(Context ctx) {
        ctx.status(200);
        ctx.contentType("application/json");
        ctx.result(description);
    }

    private static String read() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the API description " + RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
