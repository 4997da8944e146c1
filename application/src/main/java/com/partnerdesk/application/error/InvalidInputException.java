package com.partnerdesk.application.error;

import java.util.List;
import java.util.stream.Collectors;

/** An input was refused whole; lists every fault found, and nothing was written. */
public final class InvalidInputException extends ApplicationException {
    private final List<InputFault> faults;

    public InvalidInputException(String summary, List<InputFault> faults) {
        super(summary + ": " + faults.stream().limit(20).map(InputFault::toString).collect(Collectors.joining("; "))
                + (faults.size() > 20 ? "; and " + (faults.size() - 20) + " more" : ""));
        this.faults = List.copyOf(faults);
    }

    public static InvalidInputException of(String location, String message) {
        return new InvalidInputException("Invalid input", List.of(new InputFault(location, message)));
    }

    public List<InputFault> faults() {
        return faults;
    }
}
