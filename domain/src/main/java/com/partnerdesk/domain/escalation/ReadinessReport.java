package com.partnerdesk.domain.escalation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Every check that applied to an escalation and how it went; ready only when none failed. */
public record ReadinessReport(List<CheckResult> results) {
    public ReadinessReport {
        results = List.copyOf(results);
    }

    public boolean ready() {
        return results.stream().allMatch(CheckResult::passed);
    }

    public List<CheckResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    public Set<ReadinessCheck> failedChecks() {
        Set<ReadinessCheck> failed = EnumSet.noneOf(ReadinessCheck.class);
        failures().forEach(f -> failed.add(f.check()));
        return failed;
    }
}
