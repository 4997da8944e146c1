package com.partnerdesk.domain.agent;

import static com.partnerdesk.domain.fixtures.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Email and Agent")
class EmailTest {

    @Test
    @DisplayName("an e-mail address is kept lower case")
    void lowerCase() {
        assertThat(Email.of(" Pat.Partner@Partner.Example ").value()).isEqualTo("pat.partner@partner.example");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"pat", "pat@partner", "pat@@partner.example", "pat partner@partner.example"})
    @DisplayName("rejects what is not an e-mail address, naming the field and the value")
    void rejectsBadAddress(String value) {
        assertRejected(() -> Email.of(value), "email", "'" + value + "' is not an e-mail address");
    }

    @Test
    @DisplayName("rejects an address longer than 254 characters")
    void rejectsLongAddress() {
        assertRejected(() -> Email.of("a".repeat(250) + "@x.example"), "email", "longer than 254");
    }

    @Test
    @DisplayName("an agent needs at least one role")
    void agentNeedsRole() {
        assertRejected(() -> new Agent(AgentId.random(), Email.of("pat@partner.example"), "Pat", Set.of(), false),
                "role", "at least one role");
    }
}
