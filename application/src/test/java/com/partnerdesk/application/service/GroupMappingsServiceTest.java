package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.domain.agent.GroupId;
import com.partnerdesk.domain.agent.GroupMapping;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

class GroupMappingsServiceTest extends DeskTestSupport {
    private static final GroupId HELPDESK = GroupId.of("11111111-1111-1111-1111-111111111111");

    @Test
    void aGlobalAdminMapsAndUnmapsAGroupAndEachChangeIsAudited() {
        desk.groupMappings().map(Desk.globalAdmin(), HELPDESK, Role.HELPDESK_AGENT, true);
        assertThat(desk.groupMappings().list(Desk.globalAdmin()))
                .containsExactly(new GroupMapping(HELPDESK, Role.HELPDESK_AGENT, true));

        desk.groupMappings().unmap(Desk.globalAdmin(), HELPDESK);
        assertThat(desk.groupMappings().list(Desk.globalAdmin())).isEmpty();
        assertThatThrownBy(() -> desk.groupMappings().unmap(Desk.globalAdmin(), HELPDESK))
                .isInstanceOf(NotFoundException.class);
        assertThat(auditTrail()).filteredOn(e -> e.action().startsWith("group."))
                .extracting(e -> e.action()).containsExactly("group.map", "group.unmap");
    }

    @Test
    void anAdminAgentMayNotMapGroups() {
        assertThatThrownBy(() -> desk.groupMappings().map(Desk.adminAgent(), HELPDESK, Role.GLOBAL_ADMIN, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(desk.groupMappings().list(Desk.globalAdmin())).isEmpty();
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("group.map");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }
}
