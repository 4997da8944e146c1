package com.partnerdesk.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() throws Exception {
        List<Csv.Row> rows = Csv.read(new StringReader(
                "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\r\n"));

        assertThat(rows).extracting(Csv.Row::fields).containsExactly(
                List.of("a", "b", "c"),
                List.of("x, y", "say \"hi\"", "two\r\nlines"),
                List.of("last", "", ""));
    }

    @Test
    void numbersEachRecordByTheLineItStartsOn() throws Exception {
        List<Csv.Row> rows = Csv.read(new StringReader("h\n\"multi\nline\"\nthird\n"));

        assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 2, 4);
    }

    @Test
    void aLoneCarriageReturnEndsARecordAsOldMacSpreadsheetsWriteThem() throws Exception {
        List<Csv.Row> rows = Csv.read(new StringReader("h1,h2\ra,\"two\rlines\"\rb,c\r\n\rd,e"));

        assertThat(rows).extracting(Csv.Row::fields).containsExactly(List.of("h1", "h2"), List.of("a", "two\rlines"),
                List.of("b", "c"), List.of(""), List.of("d", "e"));
        assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 2, 4, 5, 6);
    }

    @Test
    void skipsTheByteOrderMarkAndAcceptsAMissingFinalLineBreak() throws Exception {
        List<Csv.Row> rows = Csv.read(new StringReader("\uFEFFtenantId,name\nid,Contoso"));

        assertThat(rows.get(0).fields()).containsExactly("tenantId", "name");
        assertThat(rows.get(1).fields()).containsExactly("id", "Contoso");
    }

    @Test
    void refusesAnUnclosedQuoteNamingTheLineItOpensOn() {
        assertThatThrownBy(() -> Csv.read(new StringReader("h\nok\n\"never closed,\nmore\n")))
                .isInstanceOf(Csv.MalformedCsvException.class)
                .hasMessageContaining("not closed")
                .extracting(e -> ((Csv.MalformedCsvException) e).line()).isEqualTo(3);
    }

    @Test
    void refusesAQuoteInsideAnUnquotedField() {
        assertThatThrownBy(() -> Csv.read(new StringReader("a,b\"c\n")))
                .isInstanceOf(Csv.MalformedCsvException.class)
                .hasMessageContaining("quote inside an unquoted field");
    }

    @Test
    void writesRecordsQuotedOnlyWhereRfc4180NeedsIt() {
        assertThat(Csv.line(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "")))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void whatItWritesReadsBackTheSame() throws Exception {
        List<String> values = List.of("Contoso, Inc.", "\"quoted\"", "multi\r\nline", "x");

        assertThat(Csv.read(new StringReader(Csv.line(values))).get(0).fields()).isEqualTo(values);
    }
}
