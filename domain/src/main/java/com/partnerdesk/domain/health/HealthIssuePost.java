package com.partnerdesk.domain.health;

import com.partnerdesk.domain.common.Require;
import java.time.Instant;

/** An update posted on a health issue. */
public record HealthIssuePost(Instant createdAt, String postType, String description) {
    public HealthIssuePost {
        Require.instant("posts.createdDateTime", createdAt);
        postType = postType == null || postType.isBlank() ? "regular" : postType.strip();
        description = description == null ? "" : description;
    }
}
