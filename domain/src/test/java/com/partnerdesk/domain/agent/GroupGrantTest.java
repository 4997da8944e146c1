package com.partnerdesk.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.domain.common.InvalidValueException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupGrantTest {
    private static final GroupId HELPDESK = GroupId.of("11111111-1111-1111-1111-111111111111");
    private static final GroupId ADMINS = GroupId.of("22222222-2222-2222-2222-222222222222");
    private static final GroupId GCC_HIGH = GroupId.of("33333333-3333-3333-3333-333333333333");
    private static final GroupId UNMAPPED = GroupId.of("44444444-4444-4444-4444-444444444444");
    private static final List<GroupMapping> MAPPINGS = List.of(
            new GroupMapping(HELPDESK, Role.HELPDESK_AGENT, false),
            new GroupMapping(ADMINS, Role.ADMIN_AGENT, false),
            new GroupMapping(GCC_HIGH, Role.HELPDESK_AGENT, true));

    @Test
    void rolesOfEveryMappedGroupAddUp() {
        assertThat(GroupGrant.of(Set.of(HELPDESK, ADMINS, UNMAPPED), MAPPINGS))
                .contains(new GroupGrant(Set.of(Role.HELPDESK_AGENT, Role.ADMIN_AGENT), false));
    }

    @Test
    void oneScreenedGroupScreensTheAgent() {
        assertThat(GroupGrant.of(Set.of(HELPDESK, GCC_HIGH), MAPPINGS))
                .contains(new GroupGrant(Set.of(Role.HELPDESK_AGENT), true));
    }

    @Test
    void noMappedGroupGivesNothing() {
        assertThat(GroupGrant.of(Set.of(UNMAPPED), MAPPINGS)).isEmpty();
        assertThat(GroupGrant.of(Set.of(), MAPPINGS)).isEmpty();
    }

    @Test
    void aGroupIdIsAGuidStoredLowerCase() {
        assertThat(GroupId.of("ABCDEF01-1111-1111-1111-111111111111").value())
                .isEqualTo("abcdef01-1111-1111-1111-111111111111");
        assertThatThrownBy(() -> GroupId.of("helpdesk")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("groupId");
    }
}
