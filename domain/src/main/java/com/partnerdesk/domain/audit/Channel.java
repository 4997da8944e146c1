package com.partnerdesk.domain.audit;

/** Where an action came from. */
public enum Channel {
    WEB, API, CLI, SYSTEM
}
