package com.partnerdesk.adapters.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.partnerdesk.adapters.web.settings.SettingsController;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotAuthenticatedException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.audit.Channel;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import org.eclipse.jetty.server.handler.GracefulHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * The web adapter: the agents' UI (server-rendered jte pages) and the {@code /api/v1} JSON API, on one
 * Javalin instance. Authentication (session cookie or bearer token), route roles, CSRF and Origin checks,
 * security headers and the one exception mapping live here; the use cases decide everything else.
 */
public final class WebServer {
    static final String SESSION_COOKIE = "pd_session";
    static final String SIGN_IN_CSRF_COOKIE = "pd_signin";
    static final String CSRF_FIELD = "_csrf";
    static final String CALLER = "pd.caller";
    static final String SESSION = "pd.session";

    private final WebDependencies deps;
    private final WebSettings settings;
    private final ObjectMapper mapper;
    private final SessionStore sessions;
    private final SignInLimiter signInLimiter;
    private final TokenFailures tokenFailures;
    private final java.util.concurrent.ScheduledExecutorService housekeeping =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "web-token-failures");
                t.setDaemon(true);
                return t;
            });
    private final ErrorMapper errors = new ErrorMapper();
    private final ApiController api;
    private final UiController ui;
    private final Javalin app;

    public WebServer(WebDependencies deps, WebSettings settings) {
        this(deps, settings, routes -> { });
    }

    /** For tests: extra routes registered after the desk's own. */
    WebServer(WebDependencies deps, WebSettings settings, java.util.function.Consumer<io.javalin.config.RoutesConfig> extra) {
        this.deps = deps;
        this.settings = settings;
        this.mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                // a body is one JSON object, each field once: anything else is refused, never half-read
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.sessions = new SessionStore(deps.clock(), settings.sessionIdleTimeout(), settings.sessionAbsoluteTimeout());
        this.signInLimiter = new SignInLimiter(deps.clock(), settings.signIn());
        this.tokenFailures = new TokenFailures(deps.clock(), deps.authenticate());
        this.api = new ApiController(deps, mapper);
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        this.ui = new UiController(deps, templates, this);
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
            api.register(config.routes);
            ui.register(config.routes);
            new SettingsController(new WebKit(this, ui, api), deps.showPartnerProfile(), deps.updatePartnerProfile())
                    .register(config.routes);
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
                ? Utf8.validPercentEncoded(new String(body, StandardCharsets.ISO_8859_1))
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
            if (isApi(ctx)) {
                throw new NotAuthenticatedException("Sign in, or send Authorization: Bearer <token>");
            }
            ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (!WebRole.admits(roles, caller.get().actor().roles())) {
            throw WebProblemException.noRoles();
        }
        Optional<SessionStore.Session> session = Optional.ofNullable(ctx.attribute(SESSION));
        if (unsafe && session.isPresent()) {
            checkOrigin(ctx);
            if (!isApi(ctx)) {
                checkCsrfToken(ctx.formParam(CSRF_FIELD), session.get().csrfToken());
            }
        }
    }

    private Optional<Caller> identify(Context ctx) {
        Channel channel = isApi(ctx) ? Channel.API : Channel.WEB;
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
            ctx.attribute(CALLER, caller);
            return Optional.of(caller);
        }
        Optional<SessionStore.Session> session = sessions.find(ctx.cookie(SESSION_COOKIE));
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Optional<Actor.AgentActor> agent = deps.authenticate().current(session.get().agentId());
        if (agent.isEmpty()) {
            sessions.invalidate(session.get().id());
            return Optional.empty();
        }
        Caller caller = new Caller(agent.get(), channel);
        ctx.attribute(CALLER, caller);
        ctx.attribute(SESSION, session.get());
        return Optional.of(caller);
    }

    void checkOrigin(Context ctx) {
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

    static void checkCsrfToken(String sent, String expected) {
        if (sent == null || expected == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            throw WebProblemException.csrf("missing or wrong CSRF token");
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
        if (!isApi(ctx) && problem.status() == 401) {
            ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
            return;
        }
        if (isApi(ctx)) {
            writeProblem(ctx, problem);
        } else {
            ui.renderError(ctx, problem);
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
        if (isApi(ctx)) {
            writeProblem(ctx, problem);
        } else {
            ui.renderError(ctx, problem);
        }
    }

    private void writeProblem(Context ctx, Problem problem) {
        ctx.status(problem.status());
        ctx.contentType("application/problem+json");
        ctx.result(json(problem));
    }

    String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }

    // --- helpers for the controllers ----------------------------------------------------------

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    static boolean isUnsafe(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE;
    }

    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new NotAuthenticatedException("Sign in first");
        }
        return caller;
    }

    static Optional<Caller> optionalCaller(Context ctx) {
        return Optional.ofNullable(ctx.attribute(CALLER));
    }

    SessionStore sessions() {
        return sessions;
    }

    SignInLimiter signInLimiter() {
        return signInLimiter;
    }

    WebSettings settings() {
        return settings;
    }

    /** Sets a cookie with the flags every cookie of the desk carries. */
    void setCookie(Context ctx, String name, String value, long maxAgeSeconds) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value)
                .append("; Path=/; HttpOnly; SameSite=Lax; Max-Age=").append(maxAgeSeconds);
        if (settings.secureCookies()) {
            cookie.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }
}
