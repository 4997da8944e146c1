package com.partnerdesk.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who is mailed: owners get their cases' events, admin agents the unowned ones; mail off and disabled agents not. */
class NotificationRecipientsTest {
    private static Agent agent(String name, Role... roles) {
        return new Agent(AgentId.of("00000000-0000-4000-8000-0000000000" + (10 + name.length())),
                Email.of(name + "@partner.example"), name, Set.of(roles), false);
    }

    private final Agent owner = agent("o", Role.HELPDESK_AGENT);
    private final Agent admin = agent("ad", Role.ADMIN_AGENT);
    private final Agent global = agent("glo", Role.GLOBAL_ADMIN);
    private final Agent muted = agent("mute", Role.ADMIN_AGENT);
    private final Agent gone = new Agent(AgentId.of("00000000-0000-4000-8000-000000000099"),
            Email.of("gone@partner.example"), "gone", Set.of(Role.ADMIN_AGENT), true);
    private final List<Agent> all = List.of(owner, admin, global, muted, gone);
    private final Map<AgentId, Set<NotificationEvent>> off = Map.of(muted.id(), Set.of(NotificationEvent.CASE_RECHECK));

    private List<Agent> mailTo(NotificationEvent event, List<Optional<AgentId>> owners) {
        return NotificationRecipients.mailTo(event, owners, all, id -> off.getOrDefault(id, Set.of()));
    }

    @Test
    void anOwnedCasesEventGoesToItsOwnerAlone() {
        assertThat(mailTo(NotificationEvent.CASE_VENDOR_NOTE, List.of(Optional.of(owner.id())))).containsExactly(owner);
    }

    @Test
    void anUnownedCasesEventGoesToTheEnabledAdminAgentsWhoWantIt() {
        assertThat(mailTo(NotificationEvent.CASE_VENDOR_NOTE, List.of(Optional.empty()))).containsExactly(admin, muted);
        assertThat(mailTo(NotificationEvent.CASE_RECHECK, List.of(Optional.empty()))).containsExactly(admin);
    }

    @Test
    void anEventOverOwnedAndUnownedCasesGoesToBoth() {
        assertThat(mailTo(NotificationEvent.CLUSTER_FORMED, List.of(Optional.of(owner.id()), Optional.empty())))
                .containsExactly(owner, admin, muted);
    }

    @Test
    void anAssignmentGoesToTheNewOwnerAloneAndACustomerUpdateToNoAgent() {
        assertThat(mailTo(NotificationEvent.CASE_ASSIGNED, List.of(Optional.of(owner.id())))).containsExactly(owner);
        assertThat(mailTo(NotificationEvent.CUSTOMER_UPDATE, List.of(Optional.empty()))).isEmpty();
    }

    @Test
    void everyAgentEventHasAWireNameFoundAgain() {
        for (NotificationEvent event : NotificationEvent.values()) {
            assertThat(NotificationEvent.byWireName(event.wireName())).contains(event);
        }
        assertThat(NotificationEvent.agentEventNames()).containsExactly("case.assigned", "case.attention_needed",
                "case.vendor_note", "case.customer_clock.warning", "case.customer_clock.breached",
                "service_request.vendor_clock.breached", "cluster.formed", "case.recheck");
    }
}
