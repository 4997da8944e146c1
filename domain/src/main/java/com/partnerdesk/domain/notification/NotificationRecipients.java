package com.partnerdesk.domain.notification;

import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Role;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who is mailed about an event: the owners of the cases it concerns, and the admin agents when one of those cases
 * has no owner (or the event concerns no case); a disabled agent never, and an agent who turned mail off for the
 * event not. {@code case.assigned} goes to the new owner alone.
 */
public final class NotificationRecipients {
    private NotificationRecipients() {
    }

    /**
     * @param owners  the owner of each case the event concerns (empty for an unowned case)
     * @param agents  every agent of the desk
     * @param mailOff the events each agent turned mail off for
     */
    public static List<Agent> mailTo(NotificationEvent event, Collection<Optional<AgentId>> owners, List<Agent> agents,
                                     Function<AgentId, Set<NotificationEvent>> mailOff) {
        if (!event.forAgents()) {
            return List.of();
        }
        Set<AgentId> wanted = new LinkedHashSet<>();
        owners.forEach(owner -> owner.ifPresent(wanted::add));
        boolean unowned = owners.isEmpty() || owners.stream().anyMatch(Optional::isEmpty);
        if (event == NotificationEvent.CASE_ASSIGNED) {
            unowned = false;
        }
        boolean admins = unowned;
        return agents.stream()
                .filter(a -> !a.disabled())
                .filter(a -> wanted.contains(a.id()) || (admins && a.roles().contains(Role.ADMIN_AGENT)))
                .filter(a -> !mailOff.apply(a.id()).contains(event))
                .toList();
    }
}
