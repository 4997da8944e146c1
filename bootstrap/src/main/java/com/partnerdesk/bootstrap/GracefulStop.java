package com.partnerdesk.bootstrap;

import com.partnerdesk.adapters.persistence.SqliteDatabase;
import com.partnerdesk.adapters.web.WebServer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Stops {@code serve} once, in order: the outbox dispatcher takes no new round; the web server refuses new
 * connections and lets the requests in flight finish (up to the grace period); the dispatcher's round in progress
 * finishes (or is interrupted when the grace is spent); the database is closed last, so everything acknowledged has
 * been committed and the WAL is checkpointed.
 *
 * <p>SIGTERM and SIGINT ask for the stop (and {@code serve} then exits 0: an asked-for stop is a success); the
 * shutdown hook covers every other way the JVM ends (SIGHUP, {@code System.exit}).
 */
final class GracefulStop {
    private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.class);
    private static final Duration AFTER_INTERRUPT = Duration.ofSeconds(2);

    private final WebServer server;
    private final ExecutorService dispatcher;
    private final SqliteDatabase database;
    private final Duration grace;
    private final CountDownLatch requested = new CountDownLatch(1);
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);

    GracefulStop(WebServer server, ExecutorService dispatcher, SqliteDatabase database, Duration grace) {
        this.server = server;
        this.dispatcher = dispatcher;
        this.database = database;
        this.grace = grace;
    }

    /** Installs the SIGTERM and SIGINT handlers and the shutdown hook. */
    GracefulStop install() {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    LOG.info("SIG{} received: stopping", signal.getName());
                    requested.countDown();
                });
            } catch (IllegalArgumentException | UnsupportedOperationException unavailable) {
                // the JVM keeps this signal (e.g. with -Xrs): the shutdown hook still stops in order
                LOG.debug("Cannot handle SIG{}: {}", name, unavailable.getMessage());
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::run, "partnerdesk-shutdown"));
        return this;
    }

    /** Waits until a stop is asked for. */
    void awaitRequest() throws InterruptedException {
        requested.await();
    }

    /** Stops; a second caller waits until the first one has finished. */
    void run() {
        if (!started.compareAndSet(false, true)) {
            awaitFinished();
            return;
        }
        long begun = System.nanoTime();
        try {
            LOG.info("Stopping: new connections are refused; requests in flight have up to {} s to finish",
                    grace.toSeconds());
            dispatcher.shutdown();
            try {
                server.stop(grace);
            } catch (RuntimeException e) {
                LOG.warn("The web server did not stop cleanly within {} s: {}", grace.toSeconds(), e.toString());
            }
            stopDispatcher(begun);
            database.close();
            LOG.info("Stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun));
        } finally {
            finished.countDown();
        }
    }

    private void stopDispatcher(long begun) {
        try {
            long left = grace.toNanos() - (System.nanoTime() - begun);
            if (!dispatcher.awaitTermination(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
                LOG.warn("The outbox dispatcher's round is still running after {} s: interrupting it", grace.toSeconds());
                dispatcher.shutdownNow();
                dispatcher.awaitTermination(AFTER_INTERRUPT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            dispatcher.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitFinished() {
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
