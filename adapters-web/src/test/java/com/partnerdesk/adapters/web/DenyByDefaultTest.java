package com.partnerdesk.adapters.web;

import com.partnerdesk.adapters.web.support.WebRole;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A route that declares no roles is unreachable, even for the global admin; one that names roles admits only them. */
class DenyByDefaultTest {

    @Test
    void aRouteWithoutDeclaredRolesIsUnreachable() {
        Desk desk = Desk.inMemoryWithSamples();
        desk.agents().add(Desk.operator(), Email.of("root@federalcloudpartners.example"), "Root", Set.of(Role.GLOBAL_ADMIN),
                Optional.empty());
        String token = desk.agents().issueToken(Desk.operator(), Email.of("root@federalcloudpartners.example"));
        WebServer server = new WebServer(WebHarness.deps(desk), WebSettings.defaults(false), routes -> {
            routes.get("/api/v1/forgotten", ctx -> ctx.result("leaked"));
            routes.get("/api/v1/admins-only", ctx -> ctx.result("secret"), WebRole.GLOBAL_ADMIN);
        });
        server.start(0);
        try {
            var http = java.net.http.HttpClient.newHttpClient();
            var forgotten = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                            + server.javalin().port() + "/api/v1/forgotten")).header("Authorization", "Bearer " + token).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(forgotten.statusCode()).isEqualTo(403);
            assertThat(forgotten.body()).doesNotContain("leaked");
            var anonymous = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                    + server.javalin().port() + "/api/v1/admins-only")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            var admin = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                            + server.javalin().port() + "/api/v1/admins-only")).header("Authorization", "Bearer " + token).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(admin.body()).isEqualTo("secret");
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            server.stop();
        }
    }
}
