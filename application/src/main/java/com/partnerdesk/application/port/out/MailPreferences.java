package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.notification.NotificationEvent;
import java.util.Set;

/** The events each agent turned mail off for (every event is mailed until the agent turns it off). */
public interface MailPreferences {
    Set<NotificationEvent> mailOff(AgentId agent);

    void setMailOff(AgentId agent, Set<NotificationEvent> events);
}
