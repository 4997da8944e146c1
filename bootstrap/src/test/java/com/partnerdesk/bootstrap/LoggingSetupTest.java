package com.partnerdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

class LoggingSetupTest {
    @Test
    void partnerDesksOwnLoggersAtTheChosenLevelEverythingElseAtWarnOnStderr() {
        LoggerContext context = new LoggerContext();

        LoggingSetup.configureInCode(context, "debug");

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("com.partnerdesk").getLevel()).isEqualTo(Level.DEBUG);
        assertThat(context.getLogger("com.partnerdesk.adapters.web.ErrorMapper").getEffectiveLevel()).isEqualTo(Level.DEBUG);
        assertThat(context.getLogger("org.eclipse.jetty").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ConsoleAppender.class, appender -> {
            assertThat(appender.getTarget()).isEqualTo("System.err");
            assertThat(appender.isStarted()).isTrue();
        });
    }

    @Test
    void noLevelOrAnUnknownOneIsInfo() {
        assertThat(LoggingSetup.level(null)).isEqualTo(Level.INFO);
        assertThat(LoggingSetup.level(" ")).isEqualTo(Level.INFO);
        assertThat(LoggingSetup.level("loud")).isEqualTo(Level.INFO);
        assertThat(LoggingSetup.level(" WARN ")).isEqualTo(Level.WARN);
    }
}
