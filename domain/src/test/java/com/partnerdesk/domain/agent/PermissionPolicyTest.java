package com.partnerdesk.domain.agent;

import static com.partnerdesk.domain.fixtures.Fixtures.agent;
import static com.partnerdesk.domain.fixtures.Fixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.domain.catalogue.ProductFamily;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("PermissionPolicy (SPEC §2)")
class PermissionPolicyTest {
    enum Expected { ALLOWED, DENIED }

    private final PermissionPolicy policy = new PermissionPolicy();

    private void assertDecision(Role role, Action action, Expected expected) {
        assertThat(policy.decide(agent(role), action).allowed())
                .as("%s may %s", role, action.description())
                .isEqualTo(expected == Expected.ALLOWED);
    }

    private void assertDecision(Role role, Action action, ProductFamily family, Expected expected) {
        assertThat(policy.decide(agent(role), action, family).allowed())
                .as("%s may %s for %s", role, action.description(), family)
                .isEqualTo(expected == Expected.ALLOWED);
    }

    @Nested
    @DisplayName("one row of the table at a time, for each role")
    class Rows {

        @ParameterizedTest(name = "{0}: {1}")
        @DisplayName("view customers, service health, cases, service requests")
        @CsvSource({"GLOBAL_ADMIN, ALLOWED", "ADMIN_AGENT, ALLOWED", "HELPDESK_AGENT, ALLOWED", "SALES_AGENT, ALLOWED"})
        void view(Role role, Expected expected) {
            assertDecision(role, Action.VIEW, expected);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @DisplayName("open a case on behalf of a customer")
        @CsvSource({"GLOBAL_ADMIN, ALLOWED", "ADMIN_AGENT, ALLOWED", "HELPDESK_AGENT, ALLOWED", "SALES_AGENT, ALLOWED"})
        void openCase(Role role, Expected expected) {
            assertDecision(role, Action.OPEN_CASE, expected);
        }

        @ParameterizedTest(name = "{0}, {1}: {2}")
        @DisplayName("triage, record troubleshooting, add notes, resolve a case (Sales agent: notes only)")
        @CsvSource({
                "GLOBAL_ADMIN,   WORK_CASE, ALLOWED", "GLOBAL_ADMIN,   ADD_NOTE, ALLOWED",
                "ADMIN_AGENT,    WORK_CASE, ALLOWED", "ADMIN_AGENT,    ADD_NOTE, ALLOWED",
                "HELPDESK_AGENT, WORK_CASE, ALLOWED", "HELPDESK_AGENT, ADD_NOTE, ALLOWED",
                "SALES_AGENT,    WORK_CASE, DENIED",  "SALES_AGENT,    ADD_NOTE, ALLOWED"})
        void workCase(Role role, Action action, Expected expected) {
            assertDecision(role, action, expected);
        }

        @ParameterizedTest(name = "{0}, {1}: {2}")
        @DisplayName("escalate: file a vendor service request (Helpdesk agent: except AZURE; Sales agent: never)")
        @CsvSource({
                "GLOBAL_ADMIN,   OFFICE_365, ALLOWED", "GLOBAL_ADMIN,   AZURE, ALLOWED",
                "GLOBAL_ADMIN,   DYNAMICS_365, ALLOWED", "GLOBAL_ADMIN,   MARKETPLACE, ALLOWED",
                "ADMIN_AGENT,    OFFICE_365, ALLOWED", "ADMIN_AGENT,    AZURE, ALLOWED",
                "ADMIN_AGENT,    DYNAMICS_365, ALLOWED", "ADMIN_AGENT,    MARKETPLACE, ALLOWED",
                "HELPDESK_AGENT, OFFICE_365, ALLOWED", "HELPDESK_AGENT, AZURE, DENIED",
                "HELPDESK_AGENT, DYNAMICS_365, ALLOWED", "HELPDESK_AGENT, MARKETPLACE, ALLOWED",
                "SALES_AGENT,    OFFICE_365, DENIED",  "SALES_AGENT,    AZURE, DENIED",
                "SALES_AGENT,    DYNAMICS_365, DENIED",  "SALES_AGENT,    MARKETPLACE, DENIED"})
        void escalate(Role role, ProductFamily family, Expected expected) {
            assertDecision(role, Action.ESCALATE, family, expected);
        }

        @ParameterizedTest(name = "{0}, {1}: {2}")
        @DisplayName("update/close a service request (Helpdesk agent: own product families only; Sales agent: never)")
        @CsvSource({
                "GLOBAL_ADMIN,   OFFICE_365, ALLOWED", "GLOBAL_ADMIN,   AZURE, ALLOWED",
                "GLOBAL_ADMIN,   DYNAMICS_365, ALLOWED",
                "ADMIN_AGENT,    OFFICE_365, ALLOWED", "ADMIN_AGENT,    AZURE, ALLOWED",
                "ADMIN_AGENT,    DYNAMICS_365, ALLOWED",
                "HELPDESK_AGENT, OFFICE_365, ALLOWED", "HELPDESK_AGENT, AZURE, DENIED",
                "HELPDESK_AGENT, DYNAMICS_365, ALLOWED",
                "SALES_AGENT,    OFFICE_365, DENIED",  "SALES_AGENT,    AZURE, DENIED",
                "SALES_AGENT,    DYNAMICS_365, DENIED"})
        void updateServiceRequest(Role role, ProductFamily family, Expected expected) {
            assertDecision(role, Action.UPDATE_SERVICE_REQUEST, family, expected);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @DisplayName("record or edit service-health issues")
        @CsvSource({"GLOBAL_ADMIN, ALLOWED", "ADMIN_AGENT, ALLOWED", "HELPDESK_AGENT, DENIED", "SALES_AGENT, DENIED"})
        void manageHealth(Role role, Expected expected) {
            assertDecision(role, Action.MANAGE_HEALTH, expected);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @DisplayName("manage customers and relationships")
        @CsvSource({"GLOBAL_ADMIN, ALLOWED", "ADMIN_AGENT, ALLOWED", "HELPDESK_AGENT, DENIED", "SALES_AGENT, DENIED"})
        void manageCustomers(Role role, Expected expected) {
            assertDecision(role, Action.MANAGE_CUSTOMERS, expected);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @DisplayName("manage agents and roles")
        @CsvSource({"GLOBAL_ADMIN, ALLOWED", "ADMIN_AGENT, DENIED", "HELPDESK_AGENT, DENIED", "SALES_AGENT, DENIED"})
        void manageAgents(Role role, Expected expected) {
            assertDecision(role, Action.MANAGE_AGENTS, expected);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @DisplayName("assign a case to any agent who may work it")
        @CsvSource({"GLOBAL_ADMIN, ALLOWED", "ADMIN_AGENT, ALLOWED", "HELPDESK_AGENT, DENIED", "SALES_AGENT, DENIED"})
        void assignCases(Role role, Expected expected) {
            assertDecision(role, Action.ASSIGN_CASE, expected);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @DisplayName("see and retry the notifications the desk sends")
        @CsvSource({"GLOBAL_ADMIN, ALLOWED", "ADMIN_AGENT, ALLOWED", "HELPDESK_AGENT, DENIED", "SALES_AGENT, DENIED"})
        void manageNotifications(Role role, Expected expected) {
            assertDecision(role, Action.MANAGE_NOTIFICATIONS, expected);
        }
    }

    @Test
    @DisplayName("a Helpdesk agent may not escalate an AZURE problem")
    void helpdeskMayNotEscalateAzure() {
        assertThat(policy.decide(agent(Role.HELPDESK_AGENT), Action.ESCALATE, ProductFamily.AZURE).allowed()).isFalse();
    }

    @Test
    @DisplayName("a Helpdesk agent may escalate an OFFICE_365 problem")
    void helpdeskMayEscalateOffice365() {
        assertThat(policy.decide(agent(Role.HELPDESK_AGENT), Action.ESCALATE, ProductFamily.OFFICE_365).allowed()).isTrue();
    }

    @Test
    @DisplayName("a Helpdesk agent updates service requests of its own product families only, not AZURE")
    void helpdeskUpdatesOwnFamiliesOnly() {
        Actor helpdesk = agent(Role.HELPDESK_AGENT);

        assertThat(policy.decide(helpdesk, Action.UPDATE_SERVICE_REQUEST, ProductFamily.OFFICE_365).allowed()).isTrue();
        assertThat(policy.decide(helpdesk, Action.UPDATE_SERVICE_REQUEST, ProductFamily.AZURE).allowed()).isFalse();
    }

    @Test
    @DisplayName("a Helpdesk agent may not escalate when the product family is not known")
    void helpdeskNeedsAFamilyToEscalate() {
        assertThat(policy.decide(agent(Role.HELPDESK_AGENT), Action.ESCALATE).allowed()).isFalse();
        assertThat(policy.decide(agent(Role.HELPDESK_AGENT), Action.ESCALATE, Optional.empty()).allowed()).isFalse();
    }

    @Test
    @DisplayName("a Sales agent adds notes only: ADD_NOTE allowed, WORK_CASE denied")
    void salesAddsNotesOnly() {
        Actor sales = agent(Role.SALES_AGENT);

        assertThat(policy.decide(sales, Action.ADD_NOTE).allowed()).isTrue();
        assertThat(policy.decide(sales, Action.WORK_CASE).allowed()).isFalse();
    }

    @Test
    @DisplayName("roles add up: a Helpdesk agent who is also an Admin agent can escalate AZURE")
    void rolesAddUpForAzure() {
        Actor both = agent(Role.HELPDESK_AGENT, Role.ADMIN_AGENT);

        assertThat(policy.decide(both, Action.ESCALATE, ProductFamily.AZURE).allowed()).isTrue();
    }

    @Test
    @DisplayName("roles add up: a Sales agent who is also a Helpdesk agent can work cases")
    void rolesAddUpForWork() {
        Actor both = agent(Role.SALES_AGENT, Role.HELPDESK_AGENT);

        assertThat(policy.decide(both, Action.WORK_CASE).allowed()).isTrue();
        assertThat(policy.decide(both, Action.ESCALATE, ProductFamily.AZURE).allowed()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the ops operator is allowed everything")
    @EnumSource(Action.class)
    void operatorAllowedEverything(Action action) {
        assertThat(policy.decide(operator(), action).allowed()).isTrue();
        for (ProductFamily family : ProductFamily.values()) {
            assertThat(policy.decide(operator(), action, family).allowed()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("an agent without any role is denied everything")
    @EnumSource(Action.class)
    void noRoleNoRights(Action action) {
        Permission permission = policy.decide(agent(), action, ProductFamily.OFFICE_365);

        assertThat(permission.allowed()).isFalse();
        assertThat(permission.reason()).contains("no role");
    }

    @Nested
    @DisplayName("denial reasons are readable")
    class Reasons {

        @Test
        @DisplayName("a denial names the action and the roles held")
        void namesActionAndRoles() {
            Permission permission = policy.decide(agent(Role.SALES_AGENT), Action.WORK_CASE);

            assertThat(permission.allowed()).isFalse();
            assertThat(permission.reason())
                    .isEqualTo("Not allowed to triage, record troubleshooting or resolve a case, take a case or release it with the role(s) Sales agent");
        }

        @Test
        @DisplayName("a denial for a product family names the family")
        void namesTheFamily() {
            Permission permission = policy.decide(agent(Role.SALES_AGENT), Action.ESCALATE, ProductFamily.DYNAMICS_365);

            assertThat(permission.reason()).contains("file a vendor service request", "DYNAMICS_365", "Sales agent");
        }

        @Test
        @DisplayName("a Helpdesk agent refused AZURE is told who may file it")
        void helpdeskAzureSaysWhoMay() {
            Permission permission = policy.decide(agent(Role.HELPDESK_AGENT), Action.ESCALATE, ProductFamily.AZURE);

            assertThat(permission.reason())
                    .startsWith("A Helpdesk agent may not file a vendor service request")
                    .contains("AZURE", "Admin agent or Global admin");
        }

        @Test
        @DisplayName("an allowed decision says so")
        void allowedSaysAllowed() {
            Permission permission = policy.decide(agent(Role.GLOBAL_ADMIN), Action.MANAGE_AGENTS);

            assertThat(permission).isEqualTo(new Permission(true, "allowed"));
        }
    }
}
