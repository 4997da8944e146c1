package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.PartnerProfileView;
import com.partnerdesk.application.port.in.UpdatePartnerProfileCommand;
import com.partnerdesk.application.port.in.UpdatePartnerProfileUseCase;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.partner.PartnerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Replaces the partner's profile in one transaction with its audit line, which names each field changed, before and
 * after. The same profile again changes nothing and writes nothing. Only who may manage agents (the global admin,
 * or an operator on the host) may change it.
 */
public final class UpdatePartnerProfileService implements UpdatePartnerProfileUseCase {
    static final String AUDIT_ACTION = "partner.update";

    private final Guard guard;
    private final PartnerSettings partner;

    public UpdatePartnerProfileService(Guard guard, PartnerSettings partner) {
        this.guard = guard;
        this.partner = partner;
    }

    @Override
    public PartnerProfileView update(UpdatePartnerProfileCommand command) {
        return guard.write(() -> {
            guard.require(command.caller(), Action.MANAGE_AGENTS, AUDIT_ACTION);
            PartnerProfile before = partner.profile();
            long current = partner.version();
            if (before.equals(command.profile()) && current == command.expectedVersion()) {
                return ShowPartnerProfileService.view(guard, partner, command.caller());
            }
            long version = partner.save(command.profile(), command.expectedVersion());
            guard.record(command.caller(), AUDIT_ACTION, Optional.empty(), Optional.empty(),
                    changes(before, command.profile()) + " (version " + version + ")");
            return ShowPartnerProfileService.view(guard, partner, command.caller());
        });
    }

    /** "organization 'A' -> 'B'; primaryContact.email 'x' -> 'y'": each field that differs. */
    static String changes(PartnerProfile before, PartnerProfile after) {
        List<String> changed = new ArrayList<>();
        compare(changed, UpdatePartnerProfileCommand.ORGANIZATION, before.organization(), after.organization());
        Optional<Contact> b = before.primaryContact();
        Optional<Contact> a = after.primaryContact();
        compare(changed, UpdatePartnerProfileCommand.CONTACT_NAME, b.map(Contact::name).orElse(""),
                a.map(Contact::name).orElse(""));
        compare(changed, UpdatePartnerProfileCommand.CONTACT_EMAIL, b.map(c -> c.email().value()).orElse(""),
                a.map(c -> c.email().value()).orElse(""));
        compare(changed, UpdatePartnerProfileCommand.CONTACT_PHONE, b.map(Contact::phone).orElse(""),
                a.map(Contact::phone).orElse(""));
        compare(changed, "advancedSupport", String.valueOf(before.advancedSupport()), String.valueOf(after.advancedSupport()));
        return changed.isEmpty() ? "saved unchanged" : String.join("; ", changed);
    }

    private static void compare(List<String> changed, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.add(field + " '" + before + "' -> '" + after + "'");
        }
    }
}
