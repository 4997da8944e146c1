package com.partnerdesk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.out.CasePage;
import com.partnerdesk.application.port.out.CaseQuery;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.common.InvalidValueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The SQLite full-text search (FTS5) fed any text a person could type into the case queue's search box.
 * Two properties: searching never fails, whatever the text holds (FTS5 operators, quotes, stars, brackets,
 * column filters, NUL, text that is not UTF-8); and any text stored as a case's title finds that case when
 * searched for, unless it holds no word at all.
 *
 * <p>Without {@code JAZZER_FUZZ} (as in CI) each method replays its seeds in
 * {@code src/test/resources/com/partnerdesk/adapters/persistence/CaseSearchFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them for the time given (see docs/fuzzing.md).
 */
class CaseSearchFuzzTest {
    private static Path dir;
    private static SqliteDatabase db;

    @BeforeAll
    static void open() throws IOException {
        Path shm = Path.of("/dev/shm");
        dir = Files.isDirectory(shm) && Files.isWritable(shm)
                ? Files.createTempDirectory(shm, "partnerdesk-search-fuzz")
                : Files.createTempDirectory("partnerdesk-search-fuzz");
        db = SqliteDatabase.open(dir.resolve("partnerdesk.db"));
        db.customers().upsert(Samples.contoso());
        db.cases().insert(TestCases.triaged(Samples.CONTOSO_ID, "Connector \"Outbound-GCC\" fails",
                "Error text: AND OR ( * NEAR title:x ^ - ' ; DROP TABLE cases; --", Samples.T0));
        db.cases().insert(TestCases.triaged(Samples.CONTOSO_ID, "Teams meetings drop", "audio lost 🙂 zażółć", Samples.T0));
    }

    @AfterAll
    static void close() throws IOException {
        db.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Whatever the text, the search answers (possibly with nothing) and the page is well-formed. */
    @FuzzTest(maxDuration = "5m")
    void searchText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        CasePage page = db.cases().search(query(text));

        assertThat(page.total()).isGreaterThanOrEqualTo(page.items().size());
        assertThat(page.items().size()).isLessThanOrEqualTo(50);
    }

    /** A case titled with the text is found by searching for the text, when it holds a word. */
    @FuzzTest(maxDuration = "5m")
    void aTitleFindsItsCase(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Case titled;
        try {
            titled = TestCases.triaged(Samples.CONTOSO_ID, text, "fuzzed title", Samples.T0);
        } catch (InvalidValueException notATitle) {
            return; // blank or too long: the domain refuses it before it gets near the index
        }
        db.cases().insert(titled);

        CasePage page = db.cases().search(query(text));

        if (FtsQuery.of(text).isPresent()) {
            assertThat(page.items()).as("searching for the title %s", text)
                    .anySatisfy(found -> assertThat(found.id()).isEqualTo(titled.id()));
        } else {
            assertThat(page.total()).isZero();
        }
    }

    private static CaseQuery query(String text) {
        return new CaseQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.of(text), 0, 50);
    }
}
