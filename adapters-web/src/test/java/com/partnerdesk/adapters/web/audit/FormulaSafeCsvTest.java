package com.partnerdesk.adapters.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaSafeCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    void aCellThatASpreadsheetWouldRunStartsWithAnApostrophe(String cell) {
        assertThat(FormulaSafeCsv.cell(cell)).contains("'" + cell.charAt(0)).startsWith(cell.charAt(0) == '\r' ? "\"'" : "'");
    }

    @Test
    void plainCellsAreLeftAloneAndSpecialOnesQuoted() {
        assertThat(FormulaSafeCsv.cell("case.escalate")).isEqualTo("case.escalate");
        assertThat(FormulaSafeCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(FormulaSafeCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(FormulaSafeCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(FormulaSafeCsv.cell("x=1")).as("only the first character counts").isEqualTo("x=1");
        assertThat(FormulaSafeCsv.cell(null)).isEmpty();
        assertThat(FormulaSafeCsv.line(Arrays.asList("a", null, "=b"))).isEqualTo("a,,'=b\r\n");
        assertThat(FormulaSafeCsv.line(List.of("-", "@"))).isEqualTo("'-,'@\r\n");
    }
}
