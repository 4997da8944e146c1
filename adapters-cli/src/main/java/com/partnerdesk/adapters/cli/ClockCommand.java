package com.partnerdesk.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.port.in.CustomerClockView;
import com.partnerdesk.application.port.in.ShowCustomerClockUseCase;
import com.partnerdesk.application.port.in.UpdateCustomerClockCommand;
import com.partnerdesk.application.port.in.UpdateCustomerClockUseCase;
import com.partnerdesk.domain.cases.BusinessCalendar;
import com.partnerdesk.domain.cases.ClockTarget;
import com.partnerdesk.domain.cases.ClockTargets;
import com.partnerdesk.domain.cases.CustomerClockSettings;
import com.partnerdesk.domain.cases.Impact;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code partnerdesk clock show | set}: the customer clock's targets per impact and the partner's business hours. */
@Command(name = "clock", mixinStandardHelpOptions = true,
        description = "Show or set the customer clock: the first-response and resolution targets per business impact"
                + " (CRITICAL counts every hour, the others business hours) and the partner's business hours.")
public final class ClockCommand {
    private final ShowCustomerClockUseCase show;
    private final UpdateCustomerClockUseCase update;
    private final CliSession session;

    @Spec
    CommandSpec spec;

    public ClockCommand(ShowCustomerClockUseCase show, UpdateCustomerClockUseCase update, CliSession session) {
        this.show = show;
        this.update = update;
        this.session = session;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the customer clock's settings.")
    void show(@Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                      description = "table or json (default: ${DEFAULT-VALUE})") OutputFormat format) {
        if (format == OutputFormat.CSV) {
            throw new ParameterException(spec.commandLine(), "--format: clock show writes table or json, not csv");
        }
        print(show.show(session.caller()), format);
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Change the customer clock; options not given keep their value. Every case's clock follows.")
    void set(@Option(names = "--first-response", paramLabel = "IMPACT=DURATION",
                     description = "a first-response target, e.g. CRITICAL=30m or MODERATE=4h (repeatable)")
             Map<String, String> firstResponse,
             @Option(names = "--resolution", paramLabel = "IMPACT=DURATION",
                     description = "a resolution target, e.g. MINIMAL=40h (repeatable)") Map<String, String> resolution,
             @Option(names = "--time-zone", paramLabel = "ZONE", description = "e.g. America/New_York") String zone,
             @Option(names = "--working-days", paramLabel = "DAYS", split = ",",
                     description = "e.g. MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY (or Mon,Tue,…)") List<String> days,
             @Option(names = "--opens", paramLabel = "HH:MM", description = "when a working day starts") String opens,
             @Option(names = "--closes", paramLabel = "HH:MM", description = "when a working day ends") String closes,
             @Option(names = "--holidays", paramLabel = "DATES", split = ",",
                     description = "every holiday, e.g. 2026-11-26,2026-12-25 (replaces the list; '' for none)")
             List<String> holidays) {
        CustomerClockView current = show.show(session.caller());
        CustomerClockSettings was = current.settings();
        BusinessCalendar c = was.calendar();
        Map<String, String> targets = new LinkedHashMap<>();
        Map<String, String> options = new LinkedHashMap<>();
        collect(firstResponse, ClockTarget.FIRST_RESPONSE, "--first-response", targets, options);
        collect(resolution, ClockTarget.RESOLUTION, "--resolution", targets, options);
        UpdateCustomerClockCommand command;
        try {
            command = UpdateCustomerClockCommand.of(session.caller(), current.version(), was, targets,
                    zone != null ? zone : c.zone().getId(),
                    days != null ? days : c.workingDays().stream().map(Enum::name).toList(),
                    opens != null ? opens : c.opens().toString(), closes != null ? closes : c.closes().toString(),
                    holidays != null ? holidays.stream().filter(h -> !h.isBlank()).toList()
                            : c.holidays().stream().map(LocalDate::toString).toList());
        } catch (InvalidInputException invalid) {
            Map<String, String> named = new LinkedHashMap<>(options);
            named.putAll(Map.of(UpdateCustomerClockCommand.TIME_ZONE, "--time-zone",
                    UpdateCustomerClockCommand.WORKING_DAYS, "--working-days", UpdateCustomerClockCommand.OPENS,
                    "--opens", UpdateCustomerClockCommand.CLOSES, "--closes", UpdateCustomerClockCommand.HOLIDAYS,
                    "--holidays"));
            throw new InvalidInputException("The customer clock was not saved", invalid.faults().stream()
                    .map(f -> new InputFault(named.getOrDefault(f.location(), f.location()), f.message())).toList());
        }
        CustomerClockView saved = update.update(command);
        PrintWriter out = Out.of(spec);
        out.println(saved.version() == current.version() ? "The customer clock is unchanged."
                : "Saved the customer clock (version " + saved.version() + "); every case's clock follows it.");
        print(saved, OutputFormat.TABLE);
    }

    /** IMPACT=DURATION pairs into target fields; an unknown impact keeps its own name so the refusal names it. */
    private static void collect(Map<String, String> given, ClockTarget target, String option,
                                Map<String, String> targets, Map<String, String> options) {
        if (given == null) {
            return;
        }
        given.forEach((impact, duration) -> {
            String name = impact.strip().toUpperCase(Locale.ROOT);
            boolean known = Arrays.stream(Impact.values()).anyMatch(i -> i.name().equals(name));
            String field = known ? ClockTargets.field(target, Impact.valueOf(name)) : option + " " + impact;
            targets.put(field, duration);
            options.put(field, option + " " + name);
        });
    }

    private void print(CustomerClockView view, OutputFormat format) {
        PrintWriter out = Out.of(spec);
        CustomerClockSettings s = view.settings();
        if (format == OutputFormat.JSON) {
            Listing.printJson(out, json(s));
        } else {
            for (Impact impact : Impact.values()) {
                out.printf("%-17s first response %s, resolution %s%s%n", impact.name() + ":",
                        UpdateCustomerClockCommand.typed(s.targets().of(ClockTarget.FIRST_RESPONSE, impact)),
                        UpdateCustomerClockCommand.typed(s.targets().of(ClockTarget.RESOLUTION, impact)),
                        impact == Impact.CRITICAL ? " (around the clock)" : " (business hours)");
            }
            BusinessCalendar c = s.calendar();
            out.printf("%-17s %s%n", "time zone:", c.zone().getId());
            out.printf("%-17s %s%n", "working days:", days(c));
            out.printf("%-17s %s-%s%n", "business hours:", c.opens(), c.closes());
            out.printf("%-17s %s%n", "holidays:", c.holidays().isEmpty() ? "(none)"
                    : c.holidays().stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
        }
        out.flush();
    }

    private static String days(BusinessCalendar c) {
        return Arrays.stream(DayOfWeek.values()).filter(c.workingDays()::contains).map(Enum::name)
                .collect(Collectors.joining(","));
    }

    /** The API's shape: {targets: {IMPACT: {firstResponse, resolution}}, timeZone, workingDays, opens, closes, holidays}. */
    static ObjectNode json(CustomerClockSettings s) {
        ObjectNode json = Listing.object();
        ObjectNode targets = json.putObject("targets");
        for (Impact impact : Impact.values()) {
            ObjectNode one = targets.putObject(impact.name());
            one.put("firstResponse", s.targets().of(ClockTarget.FIRST_RESPONSE, impact).toString());
            one.put("resolution", s.targets().of(ClockTarget.RESOLUTION, impact).toString());
        }
        BusinessCalendar c = s.calendar();
        json.put("timeZone", c.zone().getId());
        ArrayNode days = json.putArray("workingDays");
        Arrays.stream(DayOfWeek.values()).filter(c.workingDays()::contains).forEach(d -> days.add(d.name()));
        json.put("opens", c.opens().toString());
        json.put("closes", c.closes().toString());
        ArrayNode holidays = json.putArray("holidays");
        c.holidays().forEach(d -> holidays.add(d.toString()));
        return json;
    }
}
