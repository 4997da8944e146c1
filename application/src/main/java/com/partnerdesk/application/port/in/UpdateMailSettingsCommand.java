package com.partnerdesk.application.port.in;

import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.domain.notification.NotificationEvent;
import java.util.EnumSet;
import java.util.Set;

/** The events the caller turns mail off for, by their names ({@code case.vendor_note}, …); every other is mailed. */
public record UpdateMailSettingsCommand(Caller caller, Set<String> mailOff) {
    public static final String MAIL_OFF = "mailOff";

    public UpdateMailSettingsCommand {
        mailOff = Set.copyOf(mailOff);
    }

    /** The events named; an unknown name is refused naming the field. */
    public Set<NotificationEvent> events() {
        Set<NotificationEvent> events = EnumSet.noneOf(NotificationEvent.class);
        for (String name : mailOff) {
            NotificationEvent event = NotificationEvent.byWireName(name).filter(NotificationEvent::forAgents)
                    .orElseThrow(() -> InvalidInputException.of(MAIL_OFF, "'" + name + "' is not an event agents"
                            + " receive; the events are " + String.join(", ", NotificationEvent.agentEventNames())));
            events.add(event);
        }
        return events;
    }
}
