package com.partnerdesk.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.domain.common.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the queue's order")
class CaseSortTest {

    @Test
    @DisplayName("sort=FIELD[,-FIELD] reads each key and its direction, and writes back the same")
    void readsAndWrites() {
        List<CaseSort> order = CaseSort.parse("owner, -updated,impact");

        assertThat(order).containsExactly(CaseSort.asc(CaseSortKey.OWNER), CaseSort.desc(CaseSortKey.UPDATED),
                CaseSort.asc(CaseSortKey.IMPACT));
        assertThat(CaseSort.format(order)).isEqualTo("owner,-updated,impact");
    }

    @Test
    @DisplayName("no sort is the default: attention needed, then the clock closest to breach, then the greatest impact, then the oldest")
    void defaultOrder() {
        assertThat(CaseSort.parse(" ")).isEqualTo(CaseSort.DEFAULT);
        assertThat(CaseSort.format(CaseSort.DEFAULT)).isEqualTo("-attention,clock,-impact,-age");
    }

    @Test
    @DisplayName("an unknown column, an empty one or a key given twice is refused naming the field")
    void refusals() {
        assertThatThrownBy(() -> CaseSort.parse("colour")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("sort").hasMessageContaining("'colour' is not a column to sort by");
        assertThatThrownBy(() -> CaseSort.parse("age,")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CaseSort.parse("age,-age")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'age' is given twice");
    }

    @Test
    @DisplayName("every key is named as the API writes it")
    void everyKeyHasItsName() {
        for (CaseSortKey key : CaseSortKey.values()) {
            assertThat(CaseSortKey.of(key.field())).isEqualTo(key);
            assertThat(CaseSort.desc(key).reversed()).isEqualTo(CaseSort.asc(key));
        }
    }
}
