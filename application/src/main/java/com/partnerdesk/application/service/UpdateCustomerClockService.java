package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.CustomerClockView;
import com.partnerdesk.application.port.in.UpdateCustomerClockCommand;
import com.partnerdesk.application.port.in.UpdateCustomerClockUseCase;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.cases.BusinessCalendar;
import com.partnerdesk.domain.cases.ClockTarget;
import com.partnerdesk.domain.cases.ClockTargets;
import com.partnerdesk.domain.cases.CustomerClockSettings;
import com.partnerdesk.domain.cases.Impact;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Replaces the customer clock's settings in one transaction with its audit line (each field changed, before and
 * after) and the clock marks of every case, which move with them. The same settings again change nothing.
 */
public final class UpdateCustomerClockService implements UpdateCustomerClockUseCase {
    static final String AUDIT_ACTION = "customer-clock.update";

    private final Guard guard;
    private final PartnerSettings partner;
    private final ClockKeepingCases cases;

    public UpdateCustomerClockService(Guard guard, PartnerSettings partner, ClockKeepingCases cases) {
        this.guard = guard;
        this.partner = partner;
        this.cases = cases;
    }

    @Override
    public CustomerClockView update(UpdateCustomerClockCommand command) {
        return guard.write(() -> {
            guard.require(command.caller(), Action.MANAGE_AGENTS, AUDIT_ACTION);
            CustomerClockSettings before = partner.customerClock();
            if (before.equals(command.settings()) && partner.customerClockVersion() == command.expectedVersion()) {
                return ShowCustomerClockService.view(guard, partner, command.caller());
            }
            long version = partner.saveCustomerClock(command.settings(), command.expectedVersion());
            int marked = cases.markAll(command.settings());
            guard.record(command.caller(), AUDIT_ACTION, Optional.empty(), Optional.empty(),
                    changes(before, command.settings()) + " (version " + version + "; " + marked + " cases' clocks moved)");
            return ShowCustomerClockService.view(guard, partner, command.caller());
        });
    }

    /** "targets.CRITICAL.resolution PT8H -> PT6H; opens 09:00 -> 08:00": each field that differs. */
    static String changes(CustomerClockSettings before, CustomerClockSettings after) {
        List<String> changed = new ArrayList<>();
        for (Impact impact : Impact.values()) {
            for (ClockTarget target : ClockTarget.values()) {
                compare(changed, ClockTargets.field(target, impact), before.targets().of(target, impact),
                        after.targets().of(target, impact));
            }
        }
        BusinessCalendar b = before.calendar();
        BusinessCalendar a = after.calendar();
        compare(changed, UpdateCustomerClockCommand.TIME_ZONE, b.zone(), a.zone());
        compare(changed, UpdateCustomerClockCommand.WORKING_DAYS, new java.util.TreeSet<>(b.workingDays()),
                new java.util.TreeSet<>(a.workingDays()));
        compare(changed, UpdateCustomerClockCommand.OPENS, b.opens(), a.opens());
        compare(changed, UpdateCustomerClockCommand.CLOSES, b.closes(), a.closes());
        compare(changed, UpdateCustomerClockCommand.HOLIDAYS, b.holidays(), a.holidays());
        return changed.isEmpty() ? "saved unchanged" : String.join("; ", changed);
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field + " " + before + " -> " + after);
        }
    }
}
