package com.partnerdesk.application.port.in;

import java.util.List;

/** An agent's own choice of the events mailed to them (every event is mailed until the agent turns it off). */
public interface MailSettingsUseCase {
    MailSettingsView show(Caller caller);

    MailSettingsView update(UpdateMailSettingsCommand command);

    /** Each agent event, whether the caller gets it by mail, and whether the desk sends mail at all. */
    record MailSettingsView(String email, List<EventSetting> events, boolean mailConfigured) {
    }

    record EventSetting(String event, String description, boolean mail) {
    }
}
