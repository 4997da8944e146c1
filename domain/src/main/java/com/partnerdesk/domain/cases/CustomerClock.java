package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.common.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The customer's clock of one case, read at one instant: the partner's promises to the customer (beside the vendor's
 * clock of its service request).
 *
 * <p>The first-response clock starts when the case is opened and never pauses: whatever the case waits on, the
 * customer must hear from the partner in time. It ends with the first customer update (or with the resolution, if
 * none was recorded). The resolution clock starts with it, pauses while the case waits on a documented incident, on
 * the vendor or on the customer, and stops when the case is resolved (a re-opened case picks up where it stopped).
 * A target is at its warning once 75 % of it has passed, and breached once its due instant has passed before the
 * target was met.
 */
public record CustomerClock(
        Instant firstResponseDue,
        Instant firstResponseWarningAt,
        Optional<Instant> firstRespondedAt,
        Optional<Instant> resolutionDue,
        Optional<Instant> resolutionWarningAt,
        Duration resolutionTimeLeft,
        Optional<Instant> resolvedAt,
        Optional<PauseReason> pauseReason,
        Optional<Instant> pausedSince,
        Set<ClockTarget> warning,
        Set<ClockTarget> breached,
        boolean aroundTheClock,
        Instant judgedAt) {

    /** Warning at 75 % of a target. */
    public static final int WARNING_PERCENT = 75;

    public enum State { RUNNING, PAUSED, WARNING, BREACHED, MET }

    public CustomerClock {
        warning = Set.copyOf(warning);
        breached = Set.copyOf(breached);
    }

    /** The clock of a case opened at {@code openedAt}, judged at {@code now}. */
    public static CustomerClock of(Instant openedAt, Impact impact, Optional<Instant> firstRespondedAt,
                                   List<ClockPause> pauses, CustomerClockSettings settings, Instant now) {
        Require.present("openedAt", openedAt);
        Require.present("impact", impact);
        WorkingTime time = settings.workingTime(impact);
        Duration firstTarget = settings.targets().of(ClockTarget.FIRST_RESPONSE, impact);
        Duration resolutionTarget = settings.targets().of(ClockTarget.RESOLUTION, impact);

        List<ClockPause> sorted = pauses.stream().sorted(Comparator.comparing(ClockPause::from)).toList();
        Optional<ClockPause> open = sorted.stream().filter(ClockPause::isOpen).reduce((a, b) -> b);
        Optional<Instant> resolvedAt = open.filter(p -> p.reason() == PauseReason.RESOLVED).map(ClockPause::from);

        Instant firstDue = time.plus(openedAt, firstTarget);
        Instant firstWarning = time.plus(openedAt, threeQuarters(firstTarget));
        Optional<Instant> firstEnded = firstRespondedAt.or(() -> resolvedAt);

        Reached due = reach(time, openedAt, sorted, resolutionTarget);
        Reached warn = reach(time, openedAt, sorted, threeQuarters(resolutionTarget));

        Set<ClockTarget> breached = EnumSet.noneOf(ClockTarget.class);
        Set<ClockTarget> warning = EnumSet.noneOf(ClockTarget.class);
        if (firstEnded.map(firstDue::isBefore).orElse(now.isAfter(firstDue))) {
            breached.add(ClockTarget.FIRST_RESPONSE);
        } else if (firstEnded.isEmpty() && !now.isBefore(firstWarning)) {
            warning.add(ClockTarget.FIRST_RESPONSE);
        }
        if (due.at.map(d -> resolvedAt.map(d::isBefore).orElse(now.isAfter(d))).orElse(false)) {
            breached.add(ClockTarget.RESOLUTION);
        } else if (resolvedAt.isEmpty() && warn.at.map(w -> !now.isBefore(w)).orElse(false)) {
            warning.add(ClockTarget.RESOLUTION);
        }
        Duration left = due.at.map(d -> time.between(now, d)).orElse(due.left);
        Optional<ClockPause> waiting = open.filter(p -> p.reason().isWaiting());
        return new CustomerClock(firstDue, firstWarning, firstRespondedAt, due.at, warn.at, left, resolvedAt,
                waiting.map(ClockPause::reason), waiting.map(ClockPause::from), warning, breached,
                time == WorkingTime.AROUND_THE_CLOCK, now);
    }

    public boolean paused() {
        return pauseReason.isPresent();
    }

    public boolean resolved() {
        return resolvedAt.isPresent();
    }

    public State state() {
        if (!breached.isEmpty()) {
            return State.BREACHED;
        }
        if (!warning.isEmpty()) {
            return State.WARNING;
        }
        if (paused()) {
            return State.PAUSED;
        }
        return resolved() ? State.MET : State.RUNNING;
    }

    /** The earliest due instant of a target not met yet: what "closest to breach" sorts by (empty: none pending). */
    public Optional<Instant> nextDue() {
        return Stream.concat(firstPending() ? Stream.of(firstResponseDue) : Stream.empty(),
                resolved() ? Stream.empty() : resolutionDue.stream()).min(Comparator.naturalOrder());
    }

    /** The earliest warning instant (75 %) of a target not met yet. */
    public Optional<Instant> nextWarningAt() {
        return Stream.concat(firstPending() ? Stream.of(firstResponseWarningAt) : Stream.empty(),
                resolved() ? Stream.empty() : resolutionWarningAt.stream()).min(Comparator.naturalOrder());
    }

    /** How many targets were already missed for good (met late): a pending target's breach depends on the time. */
    public int missed() {
        int missed = 0;
        if (!firstPending() && breached.contains(ClockTarget.FIRST_RESPONSE)) {
            missed++;
        }
        if (resolved() && breached.contains(ClockTarget.RESOLUTION)) {
            missed++;
        }
        return missed;
    }

    /**
     * The first instant after {@link #judgedAt()} at which this clock reads differently (a warning or a breach
     * begins); empty when nothing more will change until the case does. What the clock shows is the same until then.
     */
    public Optional<Instant> nextChangeAt() {
        Stream<Instant> warnings = Stream.concat(firstPending() ? Stream.of(firstResponseWarningAt) : Stream.empty(),
                resolved() ? Stream.empty() : resolutionWarningAt.stream()).filter(judgedAt::isBefore);
        Stream<Instant> breaches = nextDueInstants().filter(d -> !d.isBefore(judgedAt)).map(d -> d.plusNanos(1));
        return Stream.concat(warnings, breaches).min(Comparator.naturalOrder());
    }

    private Stream<Instant> nextDueInstants() {
        return Stream.concat(firstPending() ? Stream.of(firstResponseDue) : Stream.empty(),
                resolved() ? Stream.empty() : resolutionDue.stream());
    }

    private boolean firstPending() {
        return firstRespondedAt.isEmpty() && resolvedAt.isEmpty();
    }

    private static Duration threeQuarters(Duration target) {
        return target.multipliedBy(WARNING_PERCENT).dividedBy(100);
    }

    /** When {@code target} of counted, unpaused time is reached; or, if a pause that lasts comes first, what is left. */
    private record Reached(Optional<Instant> at, Duration left) {
    }

    private static Reached reach(WorkingTime time, Instant start, List<ClockPause> pauses, Duration target) {
        Duration left = target;
        Instant running = start;
        List<ClockPause> ordered = new ArrayList<>(pauses);
        for (ClockPause pause : ordered) {
            if (pause.from().isAfter(running)) {
                Duration counted = time.between(running, pause.from());
                if (counted.compareTo(left) >= 0) {
                    return new Reached(Optional.of(time.plus(running, left)), Duration.ZERO);
                }
                left = left.minus(counted);
            }
            if (pause.until().isEmpty()) {
                return new Reached(Optional.empty(), left);
            }
            if (pause.until().get().isAfter(running)) {
                running = pause.until().get();
            }
        }
        return new Reached(Optional.of(time.plus(running, left)), Duration.ZERO);
    }
}
