package com.partnerdesk.domain.agent;

import com.partnerdesk.domain.common.Require;

/**
 * One of the partner's Entra security groups given a desk role: every member signing in through the identity provider
 * holds {@code role}, and is recorded as screened for restricted customers when {@code screened}.
 */
public record GroupMapping(GroupId groupId, Role role, boolean screened) {
    public GroupMapping {
        Require.present("groupId", groupId);
        Require.present("role", role);
    }
}
