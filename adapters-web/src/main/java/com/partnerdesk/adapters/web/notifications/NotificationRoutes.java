package com.partnerdesk.adapters.web.notifications;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.MailSettingsUseCase;
import com.partnerdesk.application.port.in.MailSettingsUseCase.MailSettingsView;
import com.partnerdesk.application.port.in.NotificationList;
import com.partnerdesk.application.port.in.NotificationView;
import com.partnerdesk.application.port.in.NotificationsUseCase;
import com.partnerdesk.application.port.in.NotificationsUseCase.NotificationQuery;
import com.partnerdesk.application.port.in.UpdateMailSettingsCommand;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Notifications: the admin's view of the outbox ({@code /admin/notifications}, {@code GET /api/v1/notifications},
 * a parked one put back in line with {@code POST …/{id}/retry}) and each agent's own choice of the events mailed to
 * them ({@code /me/notifications}, {@code GET/PUT /api/v1/me/notifications}). The use cases decide who may.
 */
public final class NotificationRoutes implements Resource {
    static final String ADMIN_PAGE = "/admin/notifications";
    static final String OWN_PAGE = "/me/notifications";
    static final int PAGE_LIMIT = 50;

    private final NotificationsUseCase notifications;
    private final MailSettingsUseCase mailSettings;
    private final Pages pages;
    private final Json json;

    public NotificationRoutes(NotificationsUseCase notifications, MailSettingsUseCase mailSettings, Pages pages,
                              Json json) {
        this.notifications = notifications;
        this.mailSettings = mailSettings;
        this.pages = pages;
        this.json = json;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(ADMIN_PAGE, this::outboxPage, AGENTS);
        r.post(ADMIN_PAGE + "/{id}/retry", this::retryForm, AGENTS);
        r.get(OWN_PAGE, this::ownPage, AGENTS);
        r.post(OWN_PAGE, this::saveOwn, AGENTS);
        r.get(Requests.API + "/notifications", this::list, AGENTS);
        r.post(Requests.API + "/notifications/{id}/retry", this::retry, AGENTS);
        r.get(Requests.API + "/me/notifications", this::ownSettings, AGENTS);
        r.put(Requests.API + "/me/notifications", this::putOwnSettings, AGENTS);
    }

    // --- the admin's outbox -------------------------------------------------------------------------------------

    private NotificationQuery query(Inputs q, int defaultLimit) {
        Optional<String> state = q.text("state");
        int offset = q.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = q.integer("limit", defaultLimit, 1, NotificationQuery.MAX_LIMIT);
        q.check();
        return new NotificationQuery(state, offset, limit);
    }

    private void outboxPage(Context ctx) {
        NotificationQuery query = query(Inputs.query(ctx), PAGE_LIMIT);
        NotificationList list = notifications.list(Requests.caller(ctx), query);
        Map<String, Object> params = new HashMap<>();
        params.put("page", pages.page(ctx, "Notifications", "notifications"));
        params.put("list", list);
        params.put("state", query.state().orElse(""));
        pages.render(ctx, 200, "notifications/outbox.jte", params);
    }

    private void retryForm(Context ctx) {
        pages.form(ctx);
        NotificationView view = notifications.retry(Requests.caller(ctx), id(ctx));
        pages.done(ctx, ADMIN_PAGE + "?state=PARKED", "Notification " + view.id() + " (" + view.event() + ") is back in"
                + " line: the next delivery round sends it.");
    }

    private void list(Context ctx) {
        NotificationQuery query = query(Inputs.query(ctx), Requests.DEFAULT_LIMIT);
        NotificationList list = notifications.list(Requests.caller(ctx), query);
        Map<String, Object> page = Json.page(list.items().stream().map(NotificationRoutes::json).toList(),
                list.total(), list.offset(), list.limit());
        page.put("parked", list.parked());
        json.respond(ctx, 200, page);
    }

    private void retry(Context ctx) {
        json.respond(ctx, 200, json(notifications.retry(Requests.caller(ctx), id(ctx))));
    }

    private static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException bad) {
            // Not a notification's id, so no notification: the same answer as an id that names none.
            throw new NotFoundException("Notification", raw);
        }
    }

    static Map<String, Object> json(NotificationView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("event", v.event());
        m.put("channel", v.channel());
        m.put("recipient", v.recipient().isEmpty() ? null : v.recipient());
        m.put("title", v.title());
        m.put("caseId", v.caseId().map(CaseId::value).orElse(null));
        m.put("customerTenantId", v.customerTenantId().map(TenantId::value).orElse(null));
        m.put("occurredAt", v.occurredAt().toString());
        m.put("state", v.state());
        m.put("attempts", v.attempts());
        m.put("nextAttemptAt", v.nextAttemptAt().toString());
        m.put("lastError", v.lastError().isEmpty() ? null : v.lastError());
        m.put("createdAt", v.createdAt().toString());
        m.put("deliveredAt", v.deliveredAt().map(Object::toString).orElse(null));
        return m;
    }

    // --- the agent's own mail settings ---------------------------------------------------------------------------

    private void ownPage(Context ctx) {
        renderOwn(ctx, mailSettings.show(Requests.caller(ctx)));
    }

    private void renderOwn(Context ctx, MailSettingsView view) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", pages.page(ctx, "My notifications", "me"));
        params.put("view", view);
        pages.render(ctx, 200, "notifications/mine.jte", params);
    }

    /** The form sends the events ticked {@code mail}; every other agent event is turned off. */
    private void saveOwn(Context ctx) {
        Inputs in = pages.form(ctx);
        Caller caller = Requests.caller(ctx);
        Set<String> on = new LinkedHashSet<>(in.strings("mail"));
        Set<String> off = new LinkedHashSet<>();
        mailSettings.show(caller).events().stream().map(MailSettingsUseCase.EventSetting::event)
                .filter(e -> !on.contains(e)).forEach(off::add);
        mailSettings.update(new UpdateMailSettingsCommand(caller, off));
        pages.done(ctx, OWN_PAGE, off.isEmpty() ? "Every event reaches you by mail."
                : "Saved: " + off.size() + " event(s) no longer reach you by mail.");
    }

    private void ownSettings(Context ctx) {
        json.respond(ctx, 200, json(mailSettings.show(Requests.caller(ctx))));
    }

    /** {@code {"mailOff": ["case.recheck", …]}}: the events not mailed to the caller; every other is. */
    private void putOwnSettings(Context ctx) {
        JsonNode body = json.bodyObject(ctx);
        JsonNode off = body.get(UpdateMailSettingsCommand.MAIL_OFF);
        if (off == null || !off.isArray()) {
            throw InvalidInputException.of(UpdateMailSettingsCommand.MAIL_OFF, "is required: a list of event names"
                    + " (an empty list mails every event)");
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode name : off) {
            if (!name.isTextual()) {
                throw InvalidInputException.of(UpdateMailSettingsCommand.MAIL_OFF, "holds event names, each a string");
            }
            names.add(name.asText());
        }
        json.respond(ctx, 200, json(mailSettings.update(new UpdateMailSettingsCommand(Requests.caller(ctx), names))));
    }

    static Map<String, Object> json(MailSettingsView view) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("email", view.email());
        m.put("mailConfigured", view.mailConfigured());
        m.put("events", view.events().stream().map(e -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("event", e.event());
            one.put("description", e.description());
            one.put("mail", e.mail());
            return one;
        }).toList());
        m.put("mailOff", view.events().stream().filter(e -> !e.mail()).map(MailSettingsUseCase.EventSetting::event)
                .toList());
        return m;
    }

}
