package com.partnerdesk.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.partnerdesk.adapters.cli.CliSession;
import com.partnerdesk.adapters.web.WebServer;
import com.partnerdesk.application.port.in.AgentsUseCase;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.GroupMappingsUseCase;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.GroupId;
import com.partnerdesk.domain.agent.Role;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Sign in with Microsoft" end to end, once: the desk as {@code serve} wires it (PARTNERDESK_OIDC_* in its
 * environment), a real OpenID provider on the loopback (no.nav.security's mock-oauth2-server, answering at once as a
 * person in a mapped Entra group who signed in with MFA), and real headless Chromium following the redirects: the
 * desk's authorization request, the provider's answer, the code redeemed, the ID token checked, the agent created,
 * the case queue; then sign-out and Microsoft's sign-out offered.
 */
class EntraSignInBrowserIT {
    private static final Path CHROMIUM = Path.of(System.getProperty("partnerdesk.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("partnerdesk.chromedriver",
            "/usr/bin/chromedriver"));
    private static final String HELPDESK_GROUP = "7d0c5a1e-2b3f-4c6d-8e9f-a0b1c2d3e4f5";

    private MockOAuth2Server provider;
    private com.partnerdesk.bootstrap.PartnerDeskApp app;
    private WebServer server;
    private ChromeDriver browser;
    private Path work;

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void aPersonInAMappedGroupSignsInWithMicrosoftAndIsOfferedMicrosoftsSignOut() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs " + CHROMIUM + " and " + CHROMEDRIVER);
        }
        Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");

        provider = new MockOAuth2Server();
        provider.start(InetAddress.getLoopbackAddress(), 0);
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("partner", "sub-nadia", "JWT", null, Map.of(
                "oid", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                "preferred_username", "nadia.haddad@federalcloudpartners.example",
                "name", "Nadia Haddad",
                "amr", List.of("pwd", "mfa"),
                "groups", List.of(HELPDESK_GROUP, "99999999-9999-4999-8999-999999999999")), 3600));

        work = Files.createTempDirectory("partnerdesk-entra");
        app = new com.partnerdesk.bootstrap.PartnerDeskApp(work.resolve("desk.db"), Map.of(
                "PARTNERDESK_OIDC_ISSUER", provider.issuerUrl("partner").toString(),
                "PARTNERDESK_OIDC_CLIENT_ID", "partnerdesk-browser-test",
                "PARTNERDESK_OIDC_CLIENT_SECRET", "a-secret-only-for-this-test"),
                CliSession.of("browser-test", InputStream.nullInputStream()));
        Injector in = app.injector();
        Caller operator = Caller.operator("browser-test");
        in.getInstance(GroupMappingsUseCase.class).map(operator, GroupId.of(HELPDESK_GROUP), Role.HELPDESK_AGENT,
                false);
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        server = in.getInstance(WebServer.class);
        server.start(port);
        String base = "http://127.0.0.1:" + port;

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--window-size=1280,900",
                "--user-data-dir=" + work.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort()
                .withLogFile(work.resolve("chromedriver.log").toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(base + "/sign-in");
        browser.findElement(By.id("sign-in-with-microsoft")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/cases"));
        assertThat(browser.findElement(By.cssSelector(".who")).getText())
                .contains("Nadia Haddad").contains("Helpdesk agent");

        Agent nadia = in.getInstance(AgentsUseCase.class).list(operator).stream()
                .filter(a -> a.email().value().equals("nadia.haddad@federalcloudpartners.example")).findFirst()
                .orElseThrow();
        assertThat(nadia.roles()).containsExactly(Role.HELPDESK_AGENT);
        assertThat(nadia.name()).isEqualTo("Nadia Haddad");

        browser.findElement(By.cssSelector("form.signout button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out-of-microsoft")));
        assertThat(browser.findElement(By.id("sign-out-of-microsoft")).getAttribute("href"))
                .startsWith(provider.endSessionEndpointUrl("partner").toString())
                .contains("post_logout_redirect_uri=");
        browser.get(base + "/cases");
        assertThat(browser.getCurrentUrl()).as("the desk's session ended").startsWith(base + "/sign-in");
    }
}
