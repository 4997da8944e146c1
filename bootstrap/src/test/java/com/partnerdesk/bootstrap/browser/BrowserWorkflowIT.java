package com.partnerdesk.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.partnerdesk.adapters.cli.CliSession;
import com.partnerdesk.adapters.web.WebServer;
import com.partnerdesk.application.port.in.AddNoteUseCase;
import com.partnerdesk.application.port.in.AgentsUseCase;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.ChangeCaseStatusUseCase;
import com.partnerdesk.application.port.in.CustomersUseCase;
import com.partnerdesk.application.port.in.DeliverServiceRequestsUseCase;
import com.partnerdesk.application.port.in.EscalateCaseUseCase;
import com.partnerdesk.application.port.in.HealthIssuesUseCase;
import com.partnerdesk.application.port.in.ImportCustomersUseCase;
import com.partnerdesk.application.port.in.OpenCaseUseCase;
import com.partnerdesk.application.port.in.ReferenceDataUseCase;
import com.partnerdesk.application.port.in.ServiceRequestsUseCase;
import com.partnerdesk.application.port.in.UpdatePartnerProfileUseCase;
import com.partnerdesk.bootstrap.DemoData;
import com.partnerdesk.bootstrap.PartnerDeskApp;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agents' UI in a real headless Chromium (Debian's {@code chromium} driven through {@code /usr/bin/chromedriver}):
 * sign in, a case triage links to a known incident, a case that escalates once the readiness checklist passes,
 * and a sales agent who may not escalate. The desk runs in-process on a fresh SQLite file with the demo data.
 * A screenshot of every page visited lands in {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserWorkflowIT {
    private static final Path CHROMIUM = Path.of(System.getProperty("partnerdesk.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("partnerdesk.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String TAILSPIN = "6f1c2a4e-0d3b-4c55-9a61-1b2f3c4d5e01";
    private static final String NORTHWIND = "6f1c2a4e-0d3b-4c55-9a61-1b2f3c4d5e03";
    private static final String ADMIN_AGENT = "arun.agent@contoso-federal.us";
    private static final String SALES_AGENT = "sam.sales@contoso-federal.us";
    private static final String GLOBAL_ADMIN = "gloria.admin@contoso-federal.us";
    private static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");
    private static final String AXE_VERSION = "4.14.1";
    private static String axeSource;

    private static Path work;
    private static PartnerDeskApp app;
    private static WebServer server;
    private static String base;
    private static Map<String, String> passwords;
    private static int shot;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private String scenario;

    @BeforeAll
    static void startDesk() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install -y chromium chromium-driver (.ci/run does it)");
        }
        Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed; see docs/browser-tests.md");

        work = Files.createTempDirectory("partnerdesk-browser");
        app = new PartnerDeskApp(work.resolve("desk.db"), Map.of(),
                CliSession.of("browser-test", InputStream.nullInputStream()));
        Injector in = app.injector();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String partnerdesk = "./partnerdesk --db " + work.resolve("desk.db");
        boolean loaded = demoData(in).loadIfEmpty(new PrintStream(printed, true, StandardCharsets.UTF_8), partnerdesk);
        assertThat(loaded).isTrue();
        passwords = passwords(printed.toString(StandardCharsets.UTF_8));
        assertThat(passwords).containsKeys(ADMIN_AGENT, SALES_AGENT, GLOBAL_ADMIN);
        assertThat(printed.toString(StandardCharsets.UTF_8)).containsPattern("(?m)^  ROLE +E-MAIL +PASSWORD$")
                .containsPattern("Global admin +" + GLOBAL_ADMIN).containsPattern("Sales agent +" + SALES_AGENT);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(demoData(in).loadIfEmpty(new PrintStream(again, true, StandardCharsets.UTF_8), partnerdesk)).isFalse();
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("already holds data")
                .contains(partnerdesk + " agents password --email " + GLOBAL_ADMIN + " --password-stdin")
                .contains("./partnerdesk --db demo-2.db serve --demo");
        axeSource = axe();

        int port = freeLoopbackPort();
        server = in.getInstance(WebServer.class);
        server.start(port);
        base = "http://127.0.0.1:" + port;

        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.newDirectoryStream(SCREENSHOTS, "*.png")) {
            for (Path p : old) {
                Files.delete(p);
            }
        }
    }

    @AfterAll
    static void stopDesk() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (app != null) {
            app.close();
        }
        deleteTree(work);
    }

    @BeforeEach
    void openBrowser(TestInfo info) throws IOException {
        scenario = info.getTestMethod().map(m -> m.getName()).orElse("scenario");
        // Selenium Manager must not look for (or download) a driver: the path is given, and so is the browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withLogFile(work.resolve("chromedriver-" + scenario + ".log").toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    // --- scenarios ----------------------------------------------------------------------------

    @Test
    @Order(1)
    @DisplayName("sign in; the queue in words, searched by short id and by customer name; phone width stacks the rows")
    void signInSearchAndPhoneWidth() throws IOException {
        go("/cases");
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        screenshot("sign-in");
        accessible("sign-in");

        fill("email", ADMIN_AGENT);
        fill("password", "not-the-password");
        submit(browser.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("p.alert")).getText()).isNotBlank();
        screenshot("sign-in-refused");

        signInAs(ADMIN_AGENT);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Case queue");
        assertThat(browser.getPageSource()).contains("Outbound mail stuck in the queue")
                .doesNotContain("GCC_HIGH").doesNotContain("KNOWN_INCIDENT").doesNotContain("attention_needed");
        screenshot("case-queue");
        accessible("case-queue");

        // the short id the queue shows finds the case; so does its customer's name
        WebElement first = browser.findElement(By.cssSelector("table tbody tr td a"));
        String shortId = first.getText();
        String firstHref = first.getAttribute("href");
        fill("q", shortId);
        submit(browser.findElement(By.xpath("//button[normalize-space()='Search']")));
        assertThat(browser.findElement(By.cssSelector("table tbody tr td a")).getAttribute("href")).isEqualTo(firstHref);
        fill("q", "Northwind Defense");
        submit(browser.findElement(By.xpath("//button[normalize-space()='Search']")));
        assertThat(browser.findElements(By.cssSelector("table tbody tr"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).contains("Northwind"));
        screenshot("search-by-customer");

        // at phone width: stacked rows, the header folded, the first case on the first screen
        phone();
        go("/cases");
        WebElement row = browser.findElement(By.cssSelector("table tbody tr"));
        assertThat(row.getCssValue("display")).isEqualTo("block");
        Number top = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().top;", row);
        Number screen = (Number) browser.executeScript("return window.innerHeight;");
        assertThat(top.doubleValue()).as("the first case starts on the first screen").isLessThan(screen.doubleValue());
        phoneScreenshot("case-queue-390px");
        accessible("case-queue-390px");
    }

    @Test
    @Order(2)
    @DisplayName("a refused new case keeps the typed text with every fault beside its field; a Tailspin case waits on EX912345")
    void refusedFormAndKnownIncident() throws IOException {
        signInAs(ADMIN_AGENT);
        openNewCaseForm("Tailspin Federal Agency", TAILSPIN);
        // what a browser would refuse on its own is sent anyway, as a hand-edited form would be
        browser.executeScript("document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'));"
                + "document.getElementById('startedAt').type = 'text';");
        fill("title", "Mail to partners bounces");
        fill("startedAt", "yesterday morning");
        submit(browser.findElement(By.xpath("//button[normalize-space()='Open case']")));
        assertThat(browser.findElement(By.id("form-alert")).getText()).contains("When it started",
                "Users affected: is required", "Business impact: is required");
        assertThat(browser.findElement(By.id("startedAt-error")).getText()).contains("is not a date and time");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Mail to partners bounces");
        screenshot("new-case-refused");
        accessible("new-case-refused");

        go("/customers/" + TAILSPIN + "/cases/new");
        String url = openCase("Exchange Online", "Mail to partners bounces", "Outbound mail to partner agencies is not delivered.",
                "TENANT", "CRITICAL", "UNAVAILABLE");
        assertThat(url).contains("/cases/");
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Case opened");
        WebElement triage = browser.findElement(By.cssSelector("section[aria-labelledby=triage-h]"));
        assertThat(triage.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Known incident");
        assertThat(triage.getText()).contains("EX912345");
        assertThat(statusBadge().getText()).isEqualTo("Waiting on a known incident");
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=health-h]")).getText())
                .contains("EX912345").contains("active issue(s) match");
        assertThat(browser.findElements(By.id("escalation"))).isEmpty();
        screenshot("case-known-incident");
        accessible("case-known-incident");
    }

    @Test
    @Order(3)
    @DisplayName("a Teams defect escalates: the draft survives the troubleshooting step, what is on screen is filed with its evidence")
    void escalation() throws IOException {
        signInAs(ADMIN_AGENT);
        int requestsBefore = serviceRequestCount();
        openNewCaseForm("Northwind Defense Logistics", NORTHWIND);
        String caseUrl = openCase("Microsoft Teams", "Meeting chat shows messages out of order",
                "In every meeting chat, messages appear in a different order for each participant.",
                "SEVERAL", "MODERATE", "DEFECT");
        WebElement triage = browser.findElement(By.cssSelector("section[aria-labelledby=triage-h]"));
        assertThat(triage.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Escalate to the vendor");
        assertThat(triage.getText()).contains("Service defect");
        assertThat(statusBadge().getText()).isEqualTo("Triaged");
        assertThat(failedChecks()).contains("At least one troubleshooting step is recorded",
                "Steps that reproduce the defect", "A support topic of the product family");
        assertThat(browser.findElements(By.id("file-request"))).isEmpty();
        screenshot("escalation-checklist-refuses");
        accessible("escalation-checklist-refuses");

        // the agent writes the request first, then adds the step the checklist asks for: nothing typed is lost
        new Select(browser.findElement(By.id("sr-topic"))).selectByVisibleText("Meetings and calling");
        String steps = "1. Start a meeting with three participants. 2. Each sends a numbered message. "
                + "3. Compare the chat panes: the order differs.";
        fill("ev-steps", steps);
        fill("sr-title", "Meeting chat order differs per participant");
        fill("troubleshootingNote", "Reproduced in a test meeting on the desktop client 1.7 and on the web client.");
        submit(browser.findElement(By.xpath("//button[normalize-space()='Add the step (keeps this draft)']")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("your escalation draft is kept");
        assertThat(browser.findElement(By.id("ev-steps")).getAttribute("value")).isEqualTo(steps);
        assertThat(browser.findElement(By.id("sr-title")).getAttribute("value"))
                .isEqualTo("Meeting chat order differs per participant");
        assertThat(failedChecks()).doesNotContain("At least one troubleshooting step is recorded");
        screenshot("escalation-draft-kept");

        submit(browser.findElement(By.xpath("//button[normalize-space()='Check readiness']")));
        assertThat(failedChecks()).isEmpty();
        // an edit after the check is what gets filed
        fill("sr-title", "Meeting chat order differs for each participant");
        screenshot("escalation-checklist-passes");
        submit(browser.findElement(By.id("file-request")));
        assertThat(browser.getCurrentUrl()).contains("/service-requests/");
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Service request filed");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Meeting chat order differs for each participant");

        // the prefilled request carries the evidence, each field once, with copy buttons (the script is on)
        WebElement file = browser.findElement(By.id("file"));
        assertThat(browser.findElement(By.id("pf-description")).getText()).contains("Steps to reproduce", "Compare the chat panes");
        assertThat(file.findElement(By.cssSelector("dl.prefilled")).getText().split("Meetings and calling", -1))
                .as("each value once in the prefilled request").hasSize(2);
        assertThat(browser.findElement(By.cssSelector("dl.facts:not(.prefilled)")).getText())
                .as("the page's facts do not repeat the prefilled values").doesNotContain("Meetings and calling");
        assertThat(browser.findElement(By.cssSelector("button.copy[data-copy=pf-description]")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("filing-link")).getAttribute("href")).contains(NORTHWIND);
        screenshot("service-request-filed");
        accessible("service-request-filed");
        phone();
        browser.navigate().refresh();
        waitForPage();
        phoneScreenshot("service-request-390px");
        accessible("service-request-390px");
        desktop();

        fill("vendorRequestNumber", "pending");
        submit(browser.findElement(By.xpath("//button[normalize-space()='Record the number']")));
        assertThat(browser.findElement(By.id("vendorRequestNumber-error")).getText())
                .contains("is not a vendor request number");
        assertThat(browser.findElement(By.id("vendorRequestNumber")).getAttribute("value")).isEqualTo("pending");
        fill("vendorRequestNumber", "2611240040004321");
        submit(browser.findElement(By.xpath("//button[normalize-space()='Record the number']")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("recorded");
        assertThat(browser.findElements(By.id("file"))).isEmpty();
        screenshot("service-request-vendor-number");

        browser.get(caseUrl);
        waitForPage();
        assertThat(statusBadge().getText()).isEqualTo("Escalated to the vendor");
        assertThat(serviceRequestCount()).isEqualTo(requestsBefore + 1);
        screenshot("case-escalated");
        accessible("case-escalated");
    }

    @Test
    @Order(4)
    @DisplayName("a sales agent asks for escalation instead; a forged filing gets 403; the global admin's agents page asks before disabling")
    void salesAgentAsksAndAgentsPage() throws IOException {
        signInAs(SALES_AGENT);
        int requestsBefore = serviceRequestCount();
        openNewCaseForm("Northwind Defense Logistics", NORTHWIND);
        String caseUrl = openCase("Microsoft Teams", "Whiteboard strokes vanish",
                "Strokes drawn on a meeting whiteboard disappear after a few seconds.", "SEVERAL", "MODERATE", "DEFECT");
        assertThat(statusBadge().getText()).isEqualTo("Triaged");
        assertThat(browser.findElements(By.id("escalation-form"))).isEmpty();
        assertThat(browser.findElement(By.id("ask")).getText()).contains("Ask for escalation");
        screenshot("sales-ask-for-escalation");
        accessible("sales-ask-for-escalation");

        String caseId = caseUrl.substring(caseUrl.lastIndexOf('/') + 1).replaceAll("[?#].*", "");
        String csrf = browser.findElement(By.cssSelector("input[name=_csrf]")).getAttribute("value");
        navigatesAfter(() -> ((JavascriptExecutor) browser).executeScript(
                "const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                        + "const add = (n, v) => { const i = document.createElement('input'); i.type = 'hidden';"
                        + " i.name = n; i.value = v; f.appendChild(i); };"
                        + "add('_csrf', arguments[1]); add('version', '1'); add('title', 'Whiteboard strokes vanish');"
                        + "add('description', 'Strokes disappear'); add('severity', 'MODERATE');"
                        + "add('countryCode', 'US'); add('evidence.reproductionSteps', 'Draw on a whiteboard');"
                        + "document.body.appendChild(f); f.submit();",
                "/cases/" + caseId + "/escalation", csrf));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Forbidden").contains("403");
        screenshot("sales-escalation-forbidden");

        browser.get(caseUrl);
        waitForPage();
        fill("ask-note", "The customer's CIO called twice: a board meeting depends on the whiteboard.");
        submit(browser.findElement(By.xpath("//button[normalize-space()='Ask for escalation']")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("The admin agents are asked to escalate");
        assertThat(browser.findElement(By.cssSelector("p.status-line")).getText()).contains("Attention needed");
        assertThat(serviceRequestCount()).isEqualTo(requestsBefore);
        screenshot("sales-asked");

        browser.manage().deleteAllCookies();
        signInAs(GLOBAL_ADMIN);
        go("/admin/agents");
        browser.findElement(By.cssSelector("details.manage summary")).click();
        screenshot("agents");
        accessible("agents");
        go("/admin/agents?disable=" + SALES_AGENT);
        assertThat(browser.findElement(By.id("confirm-disable")).getText()).contains("Disable Sam Okafor?");
        screenshot("agents-confirm-disable");
        accessible("agents-confirm-disable");
        submit(browser.findElement(By.xpath("//button[normalize-space()='Yes, disable Sam Okafor']")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("disabled");
        submit(browser.findElement(By.cssSelector("button[aria-label='Enable Sam Okafor']")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("enabled");
        screenshot("agents-enabled-again");
    }

    @Test
    @Order(5)
    @DisplayName("the global admin saves the partner's profile: a refusal keeps what was typed with the error beside the"
            + " field, then the saved profile shows")
    void settings() throws IOException {
        signInAs(GLOBAL_ADMIN);
        navigatesAfter(browser.findElement(By.linkText("Settings"))::click);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Settings");
        assertThat(browser.findElement(By.id("organization")).getAttribute("value")).isEqualTo("Contoso Federal Partners");
        screenshot("settings");

        fill("organization", "Contoso Federal Partners LLC");
        fill("contact-name", "Jordan Lee");
        fill("contact-email", "jordan.lee-at-contoso");
        fill("contact-phone", "+1 202 555 0147");
        submit(browser.findElement(By.xpath("//button[normalize-space()='Save the profile']")));

        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("not saved");
        assertThat(browser.findElement(By.id("organization")).getAttribute("value")).isEqualTo("Contoso Federal Partners LLC");
        assertThat(browser.findElement(By.id("contact-name")).getAttribute("value")).isEqualTo("Jordan Lee");
        WebElement email = browser.findElement(By.id("contact-email"));
        assertThat(email.getAttribute("value")).isEqualTo("jordan.lee-at-contoso");
        assertThat(email.getAttribute("aria-invalid")).isEqualTo("true");
        WebElement error = browser.findElement(By.id(email.getAttribute("aria-describedby")));
        assertThat(error.getText()).contains("is not an e-mail address");
        assertThat(error.getLocation().getY()).as("the error sits just above its field")
                .isBetween(email.getLocation().getY() - 80, email.getLocation().getY());
        assertThat(browser.findElements(By.cssSelector(".field-error"))).hasSize(1);
        screenshot("settings-refused");

        fill("contact-email", "jordan.lee@contoso-federal.us");
        submit(browser.findElement(By.xpath("//button[normalize-space()='Save the profile']")));

        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("was saved (version 2)");
        assertThat(browser.findElement(By.id("organization")).getAttribute("value")).isEqualTo("Contoso Federal Partners LLC");
        assertThat(browser.findElement(By.id("contact-email")).getAttribute("value")).isEqualTo("jordan.lee@contoso-federal.us");
        assertThat(browser.findElement(By.id("advanced-support")).isSelected()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".field-error"))).isEmpty();
        screenshot("settings-saved");
    }

    @Test
    @Order(6)
    @DisplayName("a sales agent is refused the audit trail; the admin agent filters the trail to that refusal; the export keeps the filters")
    void auditTrailFiltered() throws IOException {
        signInAs(SALES_AGENT);
        assertThat(browser.findElements(By.linkText("Audit trail"))).as("not in a sales agent's menu").isEmpty();
        go("/audit");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Forbidden").contains("403");
        screenshot("audit-trail-refused-to-sales");
        browser.manage().deleteAllCookies();

        signInAs(ADMIN_AGENT);
        WebElement menu = browser.findElement(By.cssSelector("nav[aria-label=Main]"));
        navigatesAfter(menu.findElement(By.linkText("Audit trail"))::click);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Audit trail");
        screenshot("audit-trail");

        new Select(browser.findElement(By.id("action"))).selectByVisibleText("Audit: read");
        new Select(browser.findElement(By.id("outcome"))).selectByVisibleText("Refused");
        fill("agent", "sam.sales");
        submit(browser.findElement(By.xpath("//button[normalize-space()='Filter']")));

        List<WebElement> rows = browser.findElements(By.cssSelector("table.audit tbody tr"));
        assertThat(rows).hasSize(1).allSatisfy(row -> assertThat(row.getText())
                .contains(SALES_AGENT, "Sales agent", "Audit: read", "Pages", "Refused"));
        assertThat(browser.findElement(By.cssSelector("table.audit time")).getAttribute("title")).endsWith("UTC");
        assertThat(new Select(browser.findElement(By.id("outcome"))).getFirstSelectedOption().getText())
                .as("the filters stay as chosen").isEqualTo("Refused");
        String export = browser.findElement(By.id("export")).getAttribute("href");
        assertThat(export).contains("/audit/export.csv?").contains("outcome=DENIED").contains("action=audit.read");
        screenshot("audit-trail-filtered");
        accessible("audit-trail-filtered");
        fitsAPhone("audit-trail-390px", By.cssSelector("table.audit tbody tr"));
    }

    @Test
    @Order(7)
    @DisplayName("the escalation report draws its four charts on the server as SVG, with their figures beside them")
    void escalationReportCharts() throws IOException {
        signInAs(SALES_AGENT);
        navigatesAfter(browser.findElement(By.linkText("Escalation report"))::click);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Escalation report");

        List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart[role=img]"));
        assertThat(charts).hasSize(4).allSatisfy(chart -> {
            assertThat(chart.getRect().getHeight()).isGreaterThan(40);
            assertThat(chart.getRect().getWidth()).isGreaterThan(300);
        });
        // the demo desk and the scenarios above triaged cases to escalate: the category chart has bars in words
        assertThat(browser.findElement(By.id("chart-categories")).getAttribute("textContent"))
                .containsPattern("\\d+% · \\d+ of \\d+").doesNotContain("_");
        assertThat(browser.findElements(By.cssSelector("#chart-deflection rect")).size()).isGreaterThan(3);
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=summary-h]")).getText())
                .contains("Cases opened", "Deflected by a known incident");
        screenshot("escalation-report");
        accessible("escalation-report");
        browser.findElements(By.cssSelector("section.chart-box details summary")).forEach(WebElement::click);
        screenshot("escalation-report-figures");
        accessible("escalation-report-figures");
        fitsAPhone("escalation-report-390px", By.id("chart-categories"));
    }

    @Test
    @Order(8)
    @DisplayName("the admin agent takes a case and finds it under My cases; a 120-case queue pages to its end and sorts")
    void takeACaseAndPageAndSortTheQueue() throws IOException {
        openCasesUntil(120);
        signInAs(ADMIN_AGENT);
        go("/cases?status=IN_PROGRESS");
        String path = URI.create(browser.findElement(By.cssSelector("table tbody tr td a")).getAttribute("href"))
                .getPath();
        go(path);
        assertThat(browser.findElement(By.id("owner")).getText()).isEqualTo("Unowned");
        submit(browser.findElement(By.id("take")));
        assertThat(browser.findElement(By.id("owner")).getText()).startsWith("Arun");
        assertThat(browser.findElements(By.id("release"))).hasSize(1);
        screenshot("case-taken");

        go("/cases");
        submit(browser.findElement(By.id("my-cases")));
        assertThat(browser.findElements(By.cssSelector("table tbody tr td a"))).extracting(a -> a.getAttribute("href"))
                .anySatisfy(href -> assertThat(href).endsWith(path));
        assertThat(browser.findElements(By.cssSelector("table tbody td.owner")))
                .allSatisfy(owner -> assertThat(owner.getText()).startsWith("Arun"));
        screenshot("my-cases");
        accessible("my-cases");

        go("/cases");
        String total = browser.findElement(By.id("queue-count")).getText().replaceAll(".* of ", "");
        assertThat(Integer.parseInt(total)).isGreaterThanOrEqualTo(120);
        java.util.Set<String> seen = new java.util.HashSet<>();
        int pages = 0;
        while (true) {
            browser.findElements(By.cssSelector("table tbody tr td:first-child a"))
                    .forEach(a -> assertThat(seen.add(a.getAttribute("href"))).as("each case on one page").isTrue());
            pages++;
            List<WebElement> next = browser.findElements(By.id("next-page"));
            if (next.isEmpty()) {
                break;
            }
            submit(next.get(0));
        }
        assertThat(seen).as("every case of the queue, none dropped").hasSize(Integer.parseInt(total));
        assertThat(pages).isEqualTo((Integer.parseInt(total) + 49) / 50);
        assertThat(browser.findElements(By.id("previous-page"))).hasSize(1);
        screenshot("queue-last-page");

        go("/cases");
        submit(browser.findElement(By.cssSelector("th a[data-sort=customer]")));
        List<String> customers = browser.findElements(By.cssSelector("table tbody td[data-label=Customer]")).stream()
                .map(WebElement::getText).toList();
        assertThat(customers).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(browser.findElement(By.cssSelector("th[aria-sort=ascending] a")).getText()).isEqualTo("Customer");
        submit(browser.findElement(By.cssSelector("th a[data-sort=customer]")));
        List<String> reversed = browser.findElements(By.cssSelector("table tbody td[data-label=Customer]")).stream()
                .map(WebElement::getText).toList();
        assertThat(reversed).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
        assertThat(browser.getCurrentUrl()).endsWith("sort=-customer");
        screenshot("queue-by-customer");
        accessible("queue-by-customer");
    }

    // --- page helpers -------------------------------------------------------------------------

    private void go(String path) {
        browser.get(base + path);
        waitForPage();
    }

    private void signInAs(String email) throws IOException {
        go("/sign-in");
        fill("email", email);
        fill("password", passwords.get(email));
        submit(browser.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")));
        assertThat(browser.getCurrentUrl()).as("signed in as " + email).endsWith("/cases");
    }

    private void openNewCaseForm(String customerName, String tenantId) throws IOException {
        go("/customers");
        WebElement link = browser.findElement(By.linkText(customerName));
        screenshot("customers");
        navigatesAfter(link::click);
        assertThat(browser.getCurrentUrl()).endsWith("/customers/" + tenantId);
        screenshot("customer");
        WebElement newCase = browser.findElement(By.cssSelector("a[href='/customers/" + tenantId + "/cases/new']"));
        navigatesAfter(newCase::click);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("New case for " + customerName);
    }

    /** Fills the new-case form (the start time keeps its default: now) and submits it; returns the case page's address. */
    private String openCase(String service, String title, String description, String users, String impact,
                            String classification) throws IOException {
        new Select(browser.findElement(By.id("service"))).selectByValue(service);
        fill("title", title);
        fill("description", description);
        assertThat(browser.findElement(By.id("startedAt")).getAttribute("value")).isNotBlank();
        browser.findElement(By.cssSelector("input[name=usersAffected][value=" + users + "]")).click();
        browser.findElement(By.cssSelector("input[name=impact][value=" + impact + "]")).click();
        new Select(browser.findElement(By.id("classification"))).selectByValue(classification);
        screenshot("new-case-form");
        submit(browser.findElement(By.xpath("//button[normalize-space()='Open case']")));
        assertThat(browser.getCurrentUrl()).as(browser.getPageSource()).matches(".*/cases/[^/]+$");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        return browser.getCurrentUrl();
    }

    private WebElement statusBadge() {
        return browser.findElement(By.cssSelector("p.status-line .badge"));
    }

    private List<String> failedChecks() {
        return browser.findElements(By.cssSelector("ul.checklist li.fail strong")).stream().map(WebElement::getText).toList();
    }

    private void fill(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks a submit button and waits for the next page (every form here navigates). */
    private void submit(WebElement button) {
        navigatesAfter(button::click);
    }

    /**
     * Runs an action that leaves the page, and waits until the next page has loaded. The current window is
     * marked first: a navigation gives the next document a new window, so the mark is gone once it has
     * arrived. (Waiting for the old element to go stale is not enough: while Chromium swaps documents it can
     * answer with an "unknown error" instead of a stale element.)
     */
    private void navigatesAfter(Runnable action) {
        ((JavascriptExecutor) browser).executeScript("window.__partnerdeskLeaving = true;");
        action.run();
        wait.ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.__partnerdeskLeaving !== true && document.readyState === 'complete';")));
    }

    private void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** A full-page PNG: the window grows to the page's height for the shot. */
    private void screenshot(String name) throws IOException {
        Object height = browser.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        // The window's size includes what is not viewport: add that so the whole page fits.
        Object frame = browser.executeScript("return window.outerHeight - window.innerHeight");
        int h = Math.min(Math.max(((Number) height).intValue(), 900), 8000) + Math.max(((Number) frame).intValue(), 0);
        browser.manage().window().setSize(new Dimension(1280, h));
        File png = browser.getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(String.format("%02d-%s-%s.png", ++shot, scenario, name));
        Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    // --- accessibility and phone width ----------------------------------------------------------

    /** axe-core, from the npm registry through npm itself (once per build directory). */
    private static String axe() throws IOException {
        if (!Files.exists(AXE)) {
            try {
                Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-package-lock", "--no-audit",
                        "--no-fund", "--prefix", AXE.getParent().getParent().getParent().toString(), "axe-core@" + AXE_VERSION)
                        .redirectErrorStream(true).start();
                String out = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (npm.waitFor() != 0 || !Files.exists(AXE)) {
                    throw new IllegalStateException("npm could not install axe-core " + AXE_VERSION + ":\n" + out);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        return Files.readString(AXE);
    }

    /** axe-core on the page as it is: no violation of any rule, or the test names each one. */
    private void accessible(String page) {
        browser.executeScript(axeSource);
        Object found = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => v.id + ': '"
                        + " + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                        + ".catch(e => done(['axe failed: ' + e]));");
        assertThat((List<?>) found).as("axe-core violations on " + page).isEmpty();
    }

    private void phone() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    private void desktop() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * At 390 px: the element (a stacked row, a chart) and the whole page are no wider than the phone; a screenshot of
     * the first screen, and axe-core; then back to the desktop.
     */
    private void fitsAPhone(String name, By element) throws IOException {
        phone();
        assertThat(browser.findElement(element).getRect().getWidth()).as("fits the phone").isLessThanOrEqualTo(390);
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth"))
                .intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(0);
        phoneScreenshot(name);
        accessible(name);
        desktop();
    }

    /** The first screen at phone width, as the agent sees it on a phone. */
    private void phoneScreenshot(String name) throws IOException {
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCREENSHOTS.resolve(String.format("%02d-%s-%s.png", ++shot, scenario, name)),
                StandardCopyOption.REPLACE_EXISTING);
    }

    // --- desk helpers -------------------------------------------------------------------------

    /** Opens cases for the demo customers, as the operator, until the queue holds {@code count}. */
    private static void openCasesUntil(int count) {
        Injector in = app.injector();
        Caller operator = Caller.operator("browser-test");
        var find = in.getInstance(com.partnerdesk.application.port.in.FindCasesUseCase.class);
        long have = find.search(operator, com.partnerdesk.application.port.in.CaseSearch.all(1)).total();
        var customers = in.getInstance(CustomersUseCase.class).list(operator).stream()
                .filter(c -> c.managedServices().stream().anyMatch(v -> v.name().equals("Microsoft Teams"))).toList();
        OpenCaseUseCase open = in.getInstance(OpenCaseUseCase.class);
        Clock clock = in.getInstance(Clock.class);
        for (long i = have; i < count; i++) {
            var customer = customers.get((int) (i % customers.size()));
            open.open(new com.partnerdesk.application.port.in.OpenCaseCommand(operator, customer.tenantId(),
                    "Microsoft Teams", "Meeting policy question " + i, "A user asks about a meeting policy.",
                    clock.instant().minusSeconds(600), com.partnerdesk.domain.cases.UsersAffected.ONE,
                    com.partnerdesk.domain.cases.Impact.MINIMAL,
                    com.partnerdesk.domain.cases.SymptomClassification.CONFIGURATION, Optional.empty()));
        }
    }

    private static int serviceRequestCount() {
        return app.injector().getInstance(ServiceRequestsUseCase.class)
                .list(Caller.operator("browser-test"), Optional.empty(), 0, 10_000).size();
    }

    /** Built as {@code partnerdesk serve --demo} builds it. */
    private static DemoData demoData(Injector in) {
        return new DemoData(in.getInstance(OpenCaseUseCase.class), in.getInstance(AddNoteUseCase.class),
                in.getInstance(EscalateCaseUseCase.class), in.getInstance(ChangeCaseStatusUseCase.class),
                in.getInstance(CustomersUseCase.class), in.getInstance(ImportCustomersUseCase.class),
                in.getInstance(HealthIssuesUseCase.class), in.getInstance(ReferenceDataUseCase.class),
                in.getInstance(UpdatePartnerProfileUseCase.class), in.getInstance(AgentsUseCase.class), in.getInstance(ServiceRequestsUseCase.class),
                in.getInstance(DeliverServiceRequestsUseCase.class), in.getInstance(Clock.class));
    }

    /** The lines {@code   role   e-mail   password} that the demo loader prints once. */
    static Map<String, String> passwords(String printed) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s+.*?(\\S+@\\S+)\\s+(\\S+)\\s*$").matcher(printed);
        while (m.find()) {
            found.put(m.group(1), m.group(2));
        }
        return found;
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
