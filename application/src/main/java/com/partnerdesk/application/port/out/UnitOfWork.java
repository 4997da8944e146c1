package com.partnerdesk.application.port.out;

import java.util.function.Supplier;

/** Runs work in one transaction: all of it is stored, or none. */
public interface UnitOfWork {
    /** A write transaction; the result is durable when this returns. */
    <T> T write(Supplier<T> work);

    /** A consistent read. */
    <T> T read(Supplier<T> work);

    default void writeVoid(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }
}
