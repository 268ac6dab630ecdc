package org.safeguard.audit.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActionWordsTest {

    @Test
    void aKnownActionIsSaidInAReadersWords() {
        assertThat(ActionWords.of("CASE_VIEWED")).isEqualTo("Viewed the case");
        assertThat(ActionWords.of("BREAK_GLASS_OPENED")).contains("break-glass");
    }

    @Test
    void anActionNotInTheTableIsStillShownFromItsName() {
        assertThat(ActionWords.of("ORDER_BREACH_RECORDED")).isEqualTo("Order breach recorded");
        assertThat(ActionWords.of(null)).isEmpty();
    }
}
