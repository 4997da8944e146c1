package com.partnerdesk.adapters.web;

import com.partnerdesk.adapters.web.account.AccountRoutes;
import com.partnerdesk.adapters.web.agents.AgentRoutes;
import com.partnerdesk.adapters.web.groups.GroupRoutes;
import com.partnerdesk.adapters.web.assets.AssetRoutes;
import com.partnerdesk.adapters.web.audit.AuditRoutes;
import com.partnerdesk.adapters.web.cases.CaseRoutes;
import com.partnerdesk.adapters.web.customers.CustomerRoutes;
import com.partnerdesk.adapters.web.health.HealthRoutes;
import com.partnerdesk.adapters.web.openapi.OpenApiRoutes;
import com.partnerdesk.adapters.web.notifications.NotificationRoutes;
import com.partnerdesk.adapters.web.customerupdates.CustomerUpdateRoutes;
import com.partnerdesk.adapters.web.reports.ReportRoutes;
import com.partnerdesk.adapters.web.servicerequests.ServiceRequestRoutes;
import com.partnerdesk.adapters.web.settings.CustomerClockRoutes;
import com.partnerdesk.adapters.web.settings.SettingsRoutes;
import com.partnerdesk.adapters.web.signin.SignInRoutes;
import com.partnerdesk.adapters.web.support.Cookies;
import com.partnerdesk.adapters.web.support.ErrorMapper;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Problem;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.adapters.web.support.SessionStore;
import com.partnerdesk.adapters.web.support.WebProblemException;
import com.partnerdesk.adapters.web.support.WebRole;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotAuthenticatedException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.audit.Channel;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The web adapter's server: the agents' pages (server-rendered jte) and the {@code /api/v1} JSON API on one Javalin
 * instance. It keeps only what crosses every route — who is asking (session cookie or bearer token), the roles a route
 * admits, CSRF and Origin checks, security headers, and the one mapping of errors — and registers each resource's
 * routes, one package per resource.
 */
public final class WebServer {
    public static final String SESSION_COOKIE = Requests.SESSION_COOKIE;
    public static final String SIGN_IN_CSRF_COOKIE = Requests.SIGN_IN_CSRF_COOKIE;
    public static final String CSRF_FIELD = Requests.CSRF_FIELD;

    private final WebDependencies deps;
    private final WebSettings settings;
    private final Json json = new Json();
    private final SessionStore sessions;
    private final ErrorMapper errors = new ErrorMapper();
    private final Pages pages;
    private final Javalin app;
    private final TokenFailures tokenFailures;
    private final java.util.concurrent.ScheduledExecutorService housekeeping =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "web-token-failures");
                t.setDaemon(true);
                return t;
            });

    public WebServer(WebDependencies deps, WebSettings settings) {
        this(deps, settings, routes -> { });
    }

    /** For tests: extra routes registered after the desk's own. */
    WebServer(WebDependencies deps, WebSettings settings, Consumer<RoutesConfig> extra) {
        this.deps = deps;
        this.settings = settings;
        this.sessions = new SessionStore(deps.clock(), settings.sessionIdleTimeout(), settings.sessionAbsoluteTimeout());
        this.tokenFailures = new TokenFailures(deps.clock(), deps.authenticate());
        this.pages = new Pages(TemplateEngine.createPrecompiled(ContentType.Html), deps.abilities());
        Cookies cookies = new Cookies(settings.secureCookies());
        List<Resource> resources = List.of(
                new AssetRoutes(),
                new SignInRoutes(deps.authenticate(), deps.identitySignIn(), deps.secondFactor(), sessions, cookies,
                        pages, json, deps.clock(), settings.signIn(), settings.sessionAbsoluteTimeout(),
                        this::checkOrigin),
                new CaseRoutes(deps, pages, json),
                new CustomerRoutes(deps.customers(), deps.customerOverview(), pages, json),
                new ServiceRequestRoutes(deps.serviceRequests(), deps.delivery(), deps.referenceData(), pages, json),
                new HealthRoutes(deps.healthIssues(), deps.healthSync(), pages, json),
                new AgentRoutes(deps.agents(), pages, json),
                new GroupRoutes(deps.groupMappings(), pages),
                new AccountRoutes(deps.secondFactor(), pages),
                new AuditRoutes(deps.audit(), deps.customers(), pages, json, deps.clock()),
                new ReportRoutes(deps.escalationMetrics(), pages, json),
                new SettingsRoutes(pages, json, deps.showPartnerProfile(), deps.updatePartnerProfile()),
                new CustomerClockRoutes(pages, json, deps.showCustomerClock(), deps.updateCustomerClock()),
                new NotificationRoutes(deps.notifications(), deps.mailSettings(), pages, json),
                new CustomerUpdateRoutes(deps.customerUpdates(), pages, json),
                new OpenApiRoutes());
        this.app = Javalin.create(config -> {
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.http.defaultContentType = "text/plain; charset=utf-8";
            config.startup.showJavalinBanner = false;
            // Graceful stop: requests in flight are counted so that stop() can wait for them (Jetty 12 counts them
            // in GracefulHandler, no longer in the StatisticsHandler Javalin installs).
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new ProblemErrorHandler());
                server.insertHandler(new GracefulHandler());
                server.insertHandler(new MethodHeaders());
            });
            config.routes.before(this::guardRequest);
            config.routes.beforeMatched(this::authenticate);
            config.routes.exception(Exception.class, (e, ctx) -> handle(e, ctx));
            config.routes.error(404, this::notFound);
            config.routes.error(405, this::notFound);
            resources.forEach(resource -> resource.register(config.routes));
            extra.accept(config.routes);
        });
    }

    public Javalin javalin() {
        return app;
    }

    public void start(int port) {
        start("127.0.0.1", port);
    }

    /** Listens on {@code host} (an address of this machine; {@code 0.0.0.0} for every interface). */
    public void start(String host, int port) {
        app.start(host, port);
        housekeeping.scheduleWithFixedDelay(this::flushTokenFailures, 1, 1, java.util.concurrent.TimeUnit.MINUTES);
    }

    public void stop() {
        app.stop();
        stopHousekeeping();
    }

    private void stopHousekeeping() {
        housekeeping.shutdownNow();
        flushTokenFailures();
    }

    /** Audits the refused bearer tokens counted so far, one event per address. */
    void flushTokenFailures() {
        try {
            tokenFailures.flush();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(WebServer.class).warn("Could not audit refused tokens: {}", e.getMessage());
        }
    }

    /**
     * Stops gracefully: the listening socket is closed at once (new connections are refused), requests already being
     * handled are given up to {@code grace} to finish with their normal answer, a new request on a kept-alive
     * connection is answered 503; what is still running after {@code grace} is cut off.
     */
    public void stop(Duration grace) {
        app.jettyServer().server().setStopTimeout(Math.max(1, grace.toMillis()));
        app.stop();
        stopHousekeeping();
    }

    /** The port the server listens on (the one the system chose when started with port 0). */
    public int port() {
        return app.port();
    }

    // --- every request ------------------------------------------------------------------------

    private void guardRequest(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        if (!ctx.path().startsWith("/static/")) {
            ctx.header("Cache-Control", "no-store");
        }
        if (settings.secureCookies()) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        long length = ctx.req().getContentLengthLong();
        if (length > settings.maxRequestBytes()) {
            throw WebProblemException.tooLarge(settings.maxRequestBytes());
        }
        requireUtf8(ctx);
    }

    /** A query or body that is not well-formed UTF-8 is refused with a 400 before anything reads it. */
    private static void requireUtf8(Context ctx) {
        if (!Utf8.validPercentEncoded(ctx.queryString())) {
            throw InvalidInputException.of("query", "is not valid UTF-8; send the address's text encoded as UTF-8");
        }
        if (!isUnsafe(ctx.method()) || ctx.req().getContentLengthLong() == 0) {
            return;
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        byte[] body = ctx.bodyAsBytes();
        boolean valid = type.startsWith("application/x-www-form-urlencoded")
                ? Utf8.validPercentEncoded(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1))
                : Utf8.valid(body);
        if (!valid) {
            throw InvalidInputException.of("body", "is not valid UTF-8; send the text encoded as UTF-8");
        }
    }

    /** Runs before every matched route: who is asking, may this route see them, and is a form genuine. */
    private void authenticate(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) {
            throw WebProblemException.noRoles();
        }
        Optional<Caller> caller = identify(ctx);
        boolean unsafe = isUnsafe(ctx.method());
        if (roles.contains(WebRole.ANYONE)) {
            return;
        }
        if (caller.isEmpty()) {
            if (Requests.isApi(ctx)) {
                throw new NotAuthenticatedException("Sign in, or send Authorization: Bearer <token>");
            }
            ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (!WebRole.admits(roles, caller.get().actor().roles())) {
            throw WebProblemException.noRoles();
        }
        Optional<SessionStore.Session> session = Requests.session(ctx);
        if (unsafe && session.isPresent()) {
            checkOrigin(ctx);
            if (!Requests.isApi(ctx)) {
                Requests.checkCsrfToken(ctx.formParam(Requests.CSRF_FIELD), session.get().csrfToken());
            }
        }
    }

    private Optional<Caller> identify(Context ctx) {
        Channel channel = Requests.isApi(ctx) ? Channel.API : Channel.WEB;
        String authorization = ctx.header("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            tokenFailures.refuseIfBlocked(ctx.ip());
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                tokenFailures.failed(ctx.ip());
                throw new NotAuthenticatedException("Only Authorization: Bearer <token> is accepted");
            }
            Optional<Actor.AgentActor> known = deps.authenticate().checkToken(authorization.substring(7).strip());
            if (known.isEmpty()) {
                tokenFailures.failed(ctx.ip());
                throw new NotAuthenticatedException("The token is unknown, revoked or expired, or its agent is disabled");
            }
            Actor.AgentActor agent = known.get();
            Caller caller = new Caller(agent, Channel.API);
            ctx.attribute(Requests.CALLER, caller);
            return Optional.of(caller);
        }
        Optional<SessionStore.Session> session = sessions.find(ctx.cookie(Requests.SESSION_COOKIE));
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Optional<Actor.AgentActor> agent = deps.authenticate().current(session.get().agentId());
        if (agent.isEmpty()) {
            sessions.invalidate(session.get().id());
            return Optional.empty();
        }
        Caller caller = new Caller(agent.get(), channel);
        ctx.attribute(Requests.CALLER, caller);
        ctx.attribute(Requests.SESSION, session.get());
        return Optional.of(caller);
    }

    private void checkOrigin(Context ctx) {
        String expected = ctx.scheme() + "://" + ctx.host();
        String origin = ctx.header("Origin");
        if (origin != null) {
            if (!origin.equalsIgnoreCase(expected)) {
                throw WebProblemException.csrf("the request came from another site");
            }
            return;
        }
        String referer = ctx.header("Referer");
        if (referer != null && !(referer.equalsIgnoreCase(expected) || referer.toLowerCase().startsWith(expected.toLowerCase() + "/"))) {
            throw WebProblemException.csrf("the request came from another site");
        }
    }

    // --- errors, mapped once ------------------------------------------------------------------

    private void handle(Exception e, Context ctx) {
        Problem problem = errors.map(e);
        int retryAfter = e instanceof WebProblemException web ? web.retryAfterSeconds()
                : problem.status() == 507 ? 60 : problem.status() == 503 ? 1 : 0;
        if (retryAfter > 0) {
            ctx.header("Retry-After", String.valueOf(retryAfter));
        }
        if (!Requests.isApi(ctx) && problem.status() == 401) {
            ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
            return;
        }
        if (Requests.isApi(ctx)) {
            writeProblem(ctx, problem);
        } else {
            pages.renderError(ctx, problem);
        }
    }

    private void notFound(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && (type.startsWith("application/problem+json") || type.startsWith("text/html"))) {
            return;
        }
        Problem problem = ctx.status().getCode() == 405
                ? new Problem("urn:partnerdesk:problem:method-not-allowed", "Method not allowed", 405,
                "This address does not accept " + ctx.method(), null, null)
                : new Problem("urn:partnerdesk:problem:not-found", "Not found", 404, "No such address: " + ctx.path(), null, null);
        if (Requests.isApi(ctx)) {
            writeProblem(ctx, problem);
        } else {
            pages.renderError(ctx, problem);
        }
    }

    private void writeProblem(Context ctx, Problem problem) {
        ctx.status(problem.status());
        ctx.contentType("application/problem+json");
        ctx.result(json.write(problem));
    }

    private static boolean isUnsafe(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE;
    }
}
