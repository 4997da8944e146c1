package com.partnerdesk.adapters.web.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.adapters.web.support.ErrorMapper;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Problem;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.adapters.web.support.WebRole;
import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.PartnerProfileView;
import com.partnerdesk.application.port.in.ShowPartnerProfileUseCase;
import com.partnerdesk.application.port.in.UpdatePartnerProfileCommand;
import com.partnerdesk.application.port.in.UpdatePartnerProfileUseCase;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.partner.PartnerProfile;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The partner's profile: the Settings page ({@code /settings}, a form for the global admin, read-only for everyone
 * else) and {@code GET/PUT /api/v1/partner} (ETag / If-Match). The use cases decide who may change it and audit it.
 */
public final class SettingsRoutes implements Resource {
    static final String PAGE = "/settings";
    static final String API = "/api/v1/partner";
    /** The fields of the form and of the JSON body, by the names the use case reports faults under. */
    static final List<String> FIELDS = List.of(UpdatePartnerProfileCommand.ORGANIZATION,
            UpdatePartnerProfileCommand.CONTACT_NAME, UpdatePartnerProfileCommand.CONTACT_EMAIL,
            UpdatePartnerProfileCommand.CONTACT_PHONE);
    static final String ADVANCED_SUPPORT = "advancedSupport";

    private final Pages pages;
    private final Json json;
    private final ShowPartnerProfileUseCase show;
    private final UpdatePartnerProfileUseCase update;

    public SettingsRoutes(Pages pages, Json json, ShowPartnerProfileUseCase show, UpdatePartnerProfileUseCase update) {
        this.pages = pages;
        this.json = json;
        this.show = show;
        this.update = update;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(PAGE, this::page, WebRole.AGENTS);
        r.post(PAGE, this::save, WebRole.AGENTS);
        r.get(API, this::get, WebRole.AGENTS);
        r.put(API, this::put, WebRole.AGENTS);
    }

    // --- the page -------------------------------------------------------------------------------

    private void page(Context ctx) {
        PartnerProfileView view = show.show(Requests.caller(ctx));
        String notice = "saved".equals(ctx.queryParam("done"))
                ? "The partner profile was saved (version " + view.version() + ")." : "";
        render(ctx, 200, view, values(view.profile()), List.of(), notice);
    }

    private void save(Context ctx) {
        Caller caller = Requests.caller(ctx);
        long version = Requests.formVersion(pages.form(ctx));
        Map<String, String> typed = new HashMap<>();
        for (String field : FIELDS) {
            typed.put(field, Optional.ofNullable(ctx.formParam(field)).orElse(""));
        }
        boolean advanced = "true".equals(ctx.formParam(ADVANCED_SUPPORT));
        typed.put(ADVANCED_SUPPORT, String.valueOf(advanced));
        try {
            update.update(UpdatePartnerProfileCommand.of(caller, version, typed.get(FIELDS.get(0)),
                    typed.get(FIELDS.get(1)), typed.get(FIELDS.get(2)), typed.get(FIELDS.get(3)), advanced));
            ctx.redirect(PAGE + "?done=saved", HttpStatus.SEE_OTHER);
        } catch (InvalidInputException | InvalidValueException invalid) {
            render(ctx, 400, show.show(caller).withVersion(version), typed, new ErrorMapper().map(invalid).errors(), "");
        } catch (StaleVersionException stale) {
            // the typed values are kept; saving again replaces what the other administrator saved
            PartnerProfileView now = show.show(caller);
            render(ctx, 409, now, typed, List.of(new Problem.Fault("version", null, "Another administrator saved the"
                    + " profile while you were editing it (it is now at version " + now.version() + "). Your values"
                    + " are kept below: check them and save again to replace theirs.")), "");
        }
    }

    private void render(Context ctx, int status, PartnerProfileView view, Map<String, String> values,
                        List<Problem.Fault> faults, String notice) {
        Map<String, String> beside = new HashMap<>();
        List<String> general = new ArrayList<>();
        for (Problem.Fault f : faults) {
            if (FIELDS.contains(f.field())) {
                beside.merge(f.field(), f.message(), (a, b) -> a + "; " + b);
            } else {
                general.add(f.message());
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("page", pages.page(ctx, "Settings", "settings"));
        params.put("view", view);
        params.put("v", values);
        params.put("errors", beside);
        params.put("general", general);
        params.put("notice", notice);
        pages.render(ctx, status, "settings/settings.jte", params);
    }

    private static Map<String, String> values(PartnerProfile p) {
        Map<String, String> v = new HashMap<>();
        v.put(FIELDS.get(0), p.organization());
        v.put(FIELDS.get(1), p.primaryContact().map(Contact::name).orElse(""));
        v.put(FIELDS.get(2), p.primaryContact().map(c -> c.email().value()).orElse(""));
        v.put(FIELDS.get(3), p.primaryContact().map(Contact::phone).orElse(""));
        v.put(ADVANCED_SUPPORT, String.valueOf(p.advancedSupport()));
        return v;
    }

    // --- the API --------------------------------------------------------------------------------

    private void get(Context ctx) {
        respond(ctx, show.show(Requests.caller(ctx)));
    }

    /** The whole profile: {organization, primaryContact: {name, email, phone} or null, advancedSupport}. */
    private void put(Context ctx) {
        Caller caller = Requests.caller(ctx);
        long version = Requests.expectedVersion(ctx);
        JsonNode body = json.bodyObject(ctx);
        List<InputFault> faults = new ArrayList<>();
        String organization = text(body, "organization", faults);
        JsonNode contact = body.get("primaryContact");
        String name = null;
        String email = null;
        String phone = null;
        if (contact != null && !contact.isNull()) {
            if (!contact.isObject()) {
                faults.add(new InputFault("primaryContact", "must be a JSON object with name, email and phone, or null"));
            } else {
                name = text(contact, "name", "primaryContact.name", faults);
                email = text(contact, "email", "primaryContact.email", faults);
                phone = text(contact, "phone", "primaryContact.phone", faults);
            }
        }
        JsonNode advanced = body.get(ADVANCED_SUPPORT);
        if (advanced == null || !advanced.isBoolean()) {
            faults.add(new InputFault(ADVANCED_SUPPORT, advanced == null ? "is required (true or false)" : "must be true or false"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException("The partner profile was not saved", faults);
        }
        respond(ctx, update.update(UpdatePartnerProfileCommand.of(caller, version, organization, name, email, phone,
                advanced.booleanValue())));
    }

    private void respond(Context ctx, PartnerProfileView view) {
        ctx.header("ETag", "\"" + view.version() + "\"");
        json.respond(ctx, 200, profileJson(view.profile()));
    }

    static Map<String, Object> profileJson(PartnerProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organization", p.organization());
        m.put("primaryContact", p.primaryContact().map(c -> {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("name", c.name());
            contact.put("email", c.email().value());
            contact.put("phone", c.phone());
            return contact;
        }).orElse(null));
        m.put(ADVANCED_SUPPORT, p.advancedSupport());
        return m;
    }

    private static String text(JsonNode node, String field, List<InputFault> faults) {
        return text(node, field, field, faults);
    }

    private static String text(JsonNode node, String field, String name, List<InputFault> faults) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            faults.add(new InputFault(name, "must be a string"));
            return null;
        }
        return value.asText();
    }
}
