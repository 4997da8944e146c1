package com.partnerdesk.domain.cases;

import static com.partnerdesk.domain.fixtures.CaseFixtures.AGENT;
import static com.partnerdesk.domain.fixtures.CaseFixtures.openedCase;
import static com.partnerdesk.domain.fixtures.CaseFixtures.storedCaseIn;
import static com.partnerdesk.domain.fixtures.Fixtures.minutesAfterT0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.agent.AgentId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a case's owner")
class OwnershipTest {
    private static final Optional<AgentId> ME = Optional.of(AgentId.of("11111111-1111-4111-8111-111111111111"));
    private static final Optional<AgentId> OTHER = Optional.of(AgentId.of("22222222-2222-4222-8222-222222222222"));
    private static final Optional<AgentId> NOBODY = Optional.empty();

    @Test
    @DisplayName("taking a free case or one's own, and releasing one's own, is working the case")
    void takingAndReleasingIsWork() {
        assertThat(Ownership.requiredAction(ME, NOBODY, ME)).isEqualTo(Action.WORK_CASE);
        assertThat(Ownership.requiredAction(ME, ME, ME)).isEqualTo(Action.WORK_CASE);
        assertThat(Ownership.requiredAction(ME, ME, NOBODY)).isEqualTo(Action.WORK_CASE);
        assertThat(Ownership.requiredAction(ME, NOBODY, NOBODY)).isEqualTo(Action.WORK_CASE);
    }

    @Test
    @DisplayName("giving a case to another, or taking or releasing someone else's, is assigning")
    void anythingElseIsAssigning() {
        assertThat(Ownership.requiredAction(ME, NOBODY, OTHER)).isEqualTo(Action.ASSIGN_CASE);
        assertThat(Ownership.requiredAction(ME, OTHER, ME)).isEqualTo(Action.ASSIGN_CASE);
        assertThat(Ownership.requiredAction(ME, OTHER, NOBODY)).isEqualTo(Action.ASSIGN_CASE);
        assertThat(Ownership.requiredAction(NOBODY, NOBODY, OTHER)).isEqualTo(Action.ASSIGN_CASE);
        assertThat(Ownership.requiredAction(NOBODY, OTHER, NOBODY)).isEqualTo(Action.ASSIGN_CASE);
    }

    @Test
    @DisplayName("each change names itself: taken, released, assigned, unassigned")
    void describesTheChange() {
        assertThat(Ownership.describe(ME, NOBODY, ME)).isEqualTo("taken");
        assertThat(Ownership.describe(ME, ME, NOBODY)).isEqualTo("released");
        assertThat(Ownership.describe(ME, NOBODY, OTHER)).isEqualTo("assigned");
        assertThat(Ownership.describe(ME, OTHER, NOBODY)).isEqualTo("unassigned");
    }

    @Test
    @DisplayName("a change of owner is recorded, moves the version and the last update; the same owner again changes nothing")
    void changeIsRecorded() {
        Case c = openedCase();
        long version = c.version();

        assertThat(c.changeOwner(ME, AGENT, minutesAfterT0(30), "taken")).isTrue();
        assertThat(c.owner()).isEqualTo(ME);
        assertThat(c.updatedAt()).isEqualTo(minutesAfterT0(30));
        assertThat(c.ownerChanges()).containsExactly(new OwnerChange(NOBODY, ME, AGENT, minutesAfterT0(30), "taken"));
        assertThat(c.changeOwner(ME, AGENT, minutesAfterT0(31), "taken")).isFalse();
        assertThat(c.ownerChanges()).hasSize(1);
        assertThat(c.changeOwner(NOBODY, AGENT, minutesAfterT0(32), "released")).isTrue();
        assertThat(c.owner()).isEmpty();
        assertThat(c.ownerChanges()).extracting(OwnerChange::to).containsExactly(ME, NOBODY);
        assertThat(c.version()).isEqualTo(version);
    }

    @Test
    @DisplayName("a closed case takes no owner but can be released")
    void closedCaseTakesNoOwner() {
        Case c = storedCaseIn(CaseStatus.RESOLVED);
        c.changeOwner(ME, AGENT, minutesAfterT0(10), "taken");
        c.close(AGENT, minutesAfterT0(21));

        assertThatThrownBy(() -> c.changeOwner(OTHER, AGENT, minutesAfterT0(22), "assigned"))
                .isInstanceOf(CaseRuleException.class).hasMessageContaining("closed");
        assertThat(c.changeOwner(NOBODY, AGENT, minutesAfterT0(23), "released")).isTrue();
    }
}
