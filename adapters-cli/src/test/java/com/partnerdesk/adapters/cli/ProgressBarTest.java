package com.partnerdesk.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void drawsOnOneLineForAPersonAtATerminal() {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "importing", 4_000, true)) {
            bar.accept(2_000);
            bar.accept(4_000);
        }

        assertThat(err.toString()).contains("\rimporting [###############               ] 2000/4000",
                "\rimporting [##############################] 4000/4000").endsWith(System.lineSeparator());
    }

    @Test
    void staysQuietWithoutATerminal() {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "importing", 4_000, false)) {
            bar.accept(4_000);
        }

        assertThat(err.toString()).isEmpty();
    }
}
