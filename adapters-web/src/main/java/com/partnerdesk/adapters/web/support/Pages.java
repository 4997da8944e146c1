package com.partnerdesk.adapters.web.support;

import com.partnerdesk.application.port.in.AbilitiesUseCase;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.Role;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the agents' pages: the layout's {@link Page} (with what the agent may do, from the application), the
 * template, and the one-line confirmation an action leaves for the page it redirects to.
 */
public final class Pages {
    /** The cookie in which the pages' script keeps the browser's time zone (e.g. Europe/Paris). */
    public static final String ZONE_COOKIE = "pd_tz";

    private final TemplateEngine templates;
    private final AbilitiesUseCase abilities;
    /** The confirmation waiting for each session's next page. */
    private final Map<String, String> notices = new ConcurrentHashMap<>();

    public Pages(TemplateEngine templates, AbilitiesUseCase abilities) {
        this.templates = templates;
        this.abilities = abilities;
    }

    public void render(Context ctx, int status, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        ctx.status(status);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(out.toString());
    }

    /** The layout of a signed-in agent's page; takes the confirmation left by the agent's last action. */
    public Page page(Context ctx, String title, String section) {
        Caller caller = Requests.caller(ctx);
        Optional<SessionStore.Session> session = Requests.session(ctx);
        String notice = session.map(s -> notices.remove(s.id())).orElse("");
        String name = caller.actor() instanceof Actor.AgentActor a ? a.displayName() : caller.actor().name();
        return new Page(title, name, caller.actor().roles().stream().map(Role::label).sorted().toList(),
                session.map(SessionStore.Session::csrfToken).orElse(""), abilities.of(caller), section, notice, zone(ctx));
    }

    public static Page anonymous(String title, String csrfToken) {
        return new Page(title, null, null, csrfToken, null, "", "", ZoneOffset.UTC);
    }

    /** Sends the agent on to {@code path} with a short confirmation of what was done, shown once there. */
    public void done(Context ctx, String path, String notice) {
        Requests.session(ctx).ifPresent(s -> notices.put(s.id(), notice));
        ctx.redirect(path, HttpStatus.SEE_OTHER);
    }

    public void renderError(Context ctx, Problem problem) {
        Page page = Requests.optionalCaller(ctx).map(c -> page(ctx, problem.title(), ""))
                .orElse(anonymous(problem.title(), ""));
        render(ctx, problem.status(), "error.jte", Map.of("page", page, "problem", problem));
    }

    /**
     * The zone the agent reads times in: the browser's own, which the pages' script keeps in a cookie; UTC without it
     * (or when the cookie names no zone).
     */
    public ZoneId zone(Context ctx) {
        String named = ctx.cookie(ZONE_COOKIE);
        if (named == null || named.isBlank() || named.length() > 64) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(java.net.URLDecoder.decode(named, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.time.DateTimeException | IllegalArgumentException unknown) {
            return ZoneOffset.UTC;
        }
    }

    /** The value of a date-and-time field for {@code at}: the agent's wall-clock time. */
    public String inputTime(Context ctx, java.time.Instant at) {
        return at == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                .format(at.atZone(zone(ctx)));
    }

    /** A posted form, its times read in the agent's zone. */
    public Inputs form(Context ctx) {
        return Inputs.form(ctx, zone(ctx));
    }
}
