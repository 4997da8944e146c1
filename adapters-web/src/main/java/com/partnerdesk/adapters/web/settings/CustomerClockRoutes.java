package com.partnerdesk.adapters.web.settings;

import com.partnerdesk.adapters.web.support.ErrorMapper;
import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Problem;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.adapters.web.support.WebRole;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CustomerClockView;
import com.partnerdesk.application.port.in.ShowCustomerClockUseCase;
import com.partnerdesk.application.port.in.UpdateCustomerClockCommand;
import com.partnerdesk.application.port.in.UpdateCustomerClockUseCase;
import com.partnerdesk.domain.cases.BusinessCalendar;
import com.partnerdesk.domain.cases.ClockTarget;
import com.partnerdesk.domain.cases.ClockTargets;
import com.partnerdesk.domain.cases.CustomerClockSettings;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.common.InvalidValueException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The customer clock's targets and business hours (ADR 0019): the page {@code /settings/customer-clock} (a form for
 * the global admin, read-only for everyone else) and {@code GET/PUT /api/v1/settings/customer-clock} (ETag /
 * If-Match). The use cases decide who may change them, audit the change and move every case's clock with it.
 */
public final class CustomerClockRoutes implements Resource {
    static final String PAGE = "/settings/customer-clock";
    static final String API = "/api/v1/settings/customer-clock";

    private final Pages pages;
    private final Json json;
    private final ShowCustomerClockUseCase show;
    private final UpdateCustomerClockUseCase update;

    public CustomerClockRoutes(Pages pages, Json json, ShowCustomerClockUseCase show, UpdateCustomerClockUseCase update) {
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

    /** Every target's field name, {@code targets.CRITICAL.firstResponse} first. */
    static List<String> targetFields() {
        List<String> fields = new ArrayList<>();
        for (Impact impact : Impact.values()) {
            for (ClockTarget target : ClockTarget.values()) {
                fields.add(ClockTargets.field(target, impact));
            }
        }
        return fields;
    }

    // --- the page -------------------------------------------------------------------------------

    private void page(Context ctx) {
        CustomerClockView view = show.show(Requests.caller(ctx));
        String notice = "saved".equals(ctx.queryParam("done"))
                ? "The customer clock settings were saved (version " + view.version() + "); every case's clock follows them."
                : "";
        render(ctx, 200, view, typed(view.settings()), List.of(), notice);
    }

    private void save(Context ctx) {
        Caller caller = Requests.caller(ctx);
        Inputs in = pages.form(ctx);
        long version = Requests.formVersion(in);
        Map<String, String> values = new HashMap<>();
        Map<String, String> targets = new LinkedHashMap<>();
        for (String field : targetFields()) {
            String typed = in.text(field).orElse("");
            values.put(field, typed);
            if (!typed.isBlank()) {
                targets.put(field, typed);
            }
        }
        for (String field : List.of(UpdateCustomerClockCommand.TIME_ZONE, UpdateCustomerClockCommand.OPENS,
                UpdateCustomerClockCommand.CLOSES, UpdateCustomerClockCommand.HOLIDAYS)) {
            values.put(field, in.text(field).orElse(""));
        }
        List<String> days = in.strings(UpdateCustomerClockCommand.WORKING_DAYS);
        values.put(UpdateCustomerClockCommand.WORKING_DAYS, String.join(",", days));
        try {
            CustomerClockView current = show.show(caller);
            update.update(UpdateCustomerClockCommand.of(caller, version, current.settings(), targets,
                    values.get(UpdateCustomerClockCommand.TIME_ZONE), days, values.get(UpdateCustomerClockCommand.OPENS),
                    values.get(UpdateCustomerClockCommand.CLOSES), lines(values.get(UpdateCustomerClockCommand.HOLIDAYS))));
            ctx.redirect(PAGE + "?done=saved", HttpStatus.SEE_OTHER);
        } catch (InvalidInputException | InvalidValueException invalid) {
            render(ctx, 400, show.show(caller), values, new ErrorMapper().map(invalid).errors(), "");
        } catch (StaleVersionException stale) {
            CustomerClockView now = show.show(caller);
            render(ctx, 409, now, values, List.of(new Problem.Fault("version", null, "Another administrator saved the"
                    + " settings while you were editing them (they are now at version " + now.version() + "). Your"
                    + " values are kept below: check them and save again to replace theirs.")), "");
        }
    }

    /** Holidays typed one per line, or separated by commas or spaces. */
    private static List<String> lines(String typed) {
        return Arrays.stream(typed.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    private void render(Context ctx, int status, CustomerClockView view, Map<String, String> values,
                        List<Problem.Fault> faults, String notice) {
        Map<String, String> beside = new HashMap<>();
        List<String> general = new ArrayList<>();
        for (Problem.Fault f : faults) {
            if (f.field() != null && values.containsKey(f.field())) {
                beside.merge(f.field(), f.message(), (a, b) -> a + "; " + b);
            } else {
                general.add(f.message());
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("page", pages.page(ctx, "Customer clock", "settings"));
        params.put("view", view);
        params.put("v", values);
        params.put("errors", beside);
        params.put("general", general);
        params.put("notice", notice);
        params.put("targetFields", targetFields());
        pages.render(ctx, status, "settings/customerclock.jte", params);
    }

    /** The settings as the form shows them: targets as 4h or 30m, days by name, holidays one per line. */
    static Map<String, String> typed(CustomerClockSettings s) {
        Map<String, String> v = new HashMap<>();
        for (Impact impact : Impact.values()) {
            for (ClockTarget target : ClockTarget.values()) {
                v.put(ClockTargets.field(target, impact), UpdateCustomerClockCommand.typed(s.targets().of(target, impact)));
            }
        }
        BusinessCalendar c = s.calendar();
        v.put(UpdateCustomerClockCommand.TIME_ZONE, c.zone().getId());
        v.put(UpdateCustomerClockCommand.WORKING_DAYS, new TreeSet<>(c.workingDays()).stream().map(Enum::name)
                .collect(Collectors.joining(",")));
        v.put(UpdateCustomerClockCommand.OPENS, c.opens().toString());
        v.put(UpdateCustomerClockCommand.CLOSES, c.closes().toString());
        v.put(UpdateCustomerClockCommand.HOLIDAYS, c.holidays().stream().map(LocalDate::toString)
                .collect(Collectors.joining("\n")));
        return v;
    }

    // --- the API --------------------------------------------------------------------------------

    private void get(Context ctx) {
        respond(ctx, show.show(Requests.caller(ctx)));
    }

    /**
     * The whole settings: {targets: {IMPACT: {firstResponse, resolution}}, timeZone, workingDays[], opens, closes,
     * holidays[]}; a target left out keeps its value.
     */
    private void put(Context ctx) {
        Caller caller = Requests.caller(ctx);
        long version = Requests.expectedVersion(ctx);
        Inputs in = json.body(ctx);
        Inputs targetsIn = in.nested("targets");
        Map<String, String> targets = new LinkedHashMap<>();
        for (Impact impact : Impact.values()) {
            Inputs one = targetsIn.nested(impact.name());
            for (ClockTarget target : ClockTarget.values()) {
                String name = target == ClockTarget.FIRST_RESPONSE ? "firstResponse" : "resolution";
                one.text(name).ifPresent(typed -> targets.put(ClockTargets.field(target, impact), typed));
            }
            one.check();
        }
        targetsIn.check();
        in.check();
        CustomerClockView current = show.show(caller);
        respond(ctx, update.update(UpdateCustomerClockCommand.of(caller, version, current.settings(), targets,
                in.text(UpdateCustomerClockCommand.TIME_ZONE).orElse(null),
                in.strings(UpdateCustomerClockCommand.WORKING_DAYS),
                in.text(UpdateCustomerClockCommand.OPENS).orElse(null),
                in.text(UpdateCustomerClockCommand.CLOSES).orElse(null),
                in.strings(UpdateCustomerClockCommand.HOLIDAYS))));
    }

    private void respond(Context ctx, CustomerClockView view) {
        ctx.header("ETag", "\"" + view.version() + "\"");
        json.respond(ctx, 200, settingsJson(view.settings()));
    }

    static Map<String, Object> settingsJson(CustomerClockSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> targets = new LinkedHashMap<>();
        for (Impact impact : Impact.values()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("firstResponse", s.targets().of(ClockTarget.FIRST_RESPONSE, impact).toString());
            one.put("resolution", s.targets().of(ClockTarget.RESOLUTION, impact).toString());
            one.put("aroundTheClock", s.workingTime(impact) != s.calendar());
            targets.put(impact.name(), one);
        }
        m.put("targets", targets);
        BusinessCalendar c = s.calendar();
        m.put(UpdateCustomerClockCommand.TIME_ZONE, c.zone().getId());
        m.put(UpdateCustomerClockCommand.WORKING_DAYS, Arrays.stream(DayOfWeek.values())
                .filter(c.workingDays()::contains).map(Enum::name).toList());
        m.put(UpdateCustomerClockCommand.OPENS, c.opens().toString());
        m.put(UpdateCustomerClockCommand.CLOSES, c.closes().toString());
        m.put(UpdateCustomerClockCommand.HOLIDAYS, c.holidays().stream().map(LocalDate::toString).toList());
        return m;
    }
}
