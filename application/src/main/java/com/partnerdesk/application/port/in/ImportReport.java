package com.partnerdesk.application.port.in;

/** What an import did. */
public record ImportReport(int added, int updated, int unchanged) {
    public int total() {
        return added + updated + unchanged;
    }
}
