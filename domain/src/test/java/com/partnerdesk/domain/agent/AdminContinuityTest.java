package com.partnerdesk.domain.agent;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminContinuityTest {
    private final AdminContinuity continuity = new AdminContinuity();
    private final Agent grace = agent("grace@partner.example", Role.GLOBAL_ADMIN);
    private final Agent gus = agent("gus@partner.example", Role.GLOBAL_ADMIN);
    private final Agent hana = agent("hana@partner.example", Role.HELPDESK_AGENT);

    private static Agent agent(String email, Role role) {
        return new Agent(AgentId.random(), Email.of(email), email.substring(0, email.indexOf('@')), Set.of(role), false);
    }

    @Test
    void nobodyDisablesThemselves() {
        assertThatThrownBy(() -> continuity.checkDisable(grace.asActor(), grace, List.of(grace, gus, hana)))
                .isInstanceOf(AgentRuleException.class).hasMessageContaining("cannot disable yourself");
    }

    @Test
    void theLastEnabledGlobalAdminIsNeitherDisabledNorStripped() {
        Agent gusDisabled = gus.disable();
        Actor.Operator operator = new Actor.Operator("ops");

        assertThatThrownBy(() -> continuity.checkDisable(operator, grace, List.of(grace, gusDisabled, hana)))
                .isInstanceOf(AgentRuleException.class).hasMessageContaining("last enabled global admin");
        assertThatThrownBy(() -> continuity.checkRoles(operator, grace, Set.of(Role.ADMIN_AGENT),
                List.of(grace, gusDisabled, hana))).isInstanceOf(AgentRuleException.class);
    }

    @Test
    void anotherGlobalAdminMayBeDisabledWhileOneRemains() {
        assertThatCode(() -> continuity.checkDisable(grace.asActor(), gus, List.of(grace, gus, hana)))
                .doesNotThrowAnyException();
        assertThatCode(() -> continuity.checkDisable(grace.asActor(), hana, List.of(grace, hana)))
                .doesNotThrowAnyException();
        assertThatCode(() -> continuity.checkRoles(grace.asActor(), gus, Set.of(Role.SALES_AGENT),
                List.of(grace, gus))).doesNotThrowAnyException();
    }

    @Test
    void nobodyTakesTheGlobalAdminRoleFromThemselves() {
        assertThatThrownBy(() -> continuity.checkRoles(grace.asActor(), grace, Set.of(Role.ADMIN_AGENT),
                List.of(grace, gus))).isInstanceOf(AgentRuleException.class).hasMessageContaining("from yourself");
    }
}
