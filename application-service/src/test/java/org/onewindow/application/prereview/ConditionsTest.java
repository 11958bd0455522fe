package org.onewindow.application.prereview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.catalog.ItemGuide;

class ConditionsTest {

    static ItemGuide.Condition condition(String operator, String valueJson) {
        return new ItemGuide.Condition(
                "ownership",
                operator,
                valueJson == null ? null : EventJson.mapper().readTree(valueJson));
    }

    static tools.jackson.databind.JsonNode form(String json) {
        return EventJson.mapper().readTree(json);
    }

    @Test
    void equalsComparesValuesAndNumbersByAmount() {
        assertThat(Conditions.holds(condition("EQUALS", "\"LEASED\""), form("{\"ownership\":\"LEASED\"}")))
                .isTrue();
        assertThat(Conditions.holds(condition("EQUALS", "\"LEASED\""), form("{\"ownership\":\"OWNED\"}")))
                .isFalse();
        assertThat(Conditions.holds(condition("EQUALS", "1"), form("{\"ownership\":1.0}")))
                .isTrue();
        assertThat(Conditions.holds(condition("EQUALS", "true"), form("{}"))).isFalse();
    }

    @Test
    void inPresentAndNotEquals() {
        assertThat(Conditions.holds(condition("IN", "[\"A\",\"B\"]"), form("{\"ownership\":\"B\"}")))
                .isTrue();
        assertThat(Conditions.holds(condition("IN", "[\"A\"]"), form("{\"ownership\":\"B\"}")))
                .isFalse();
        assertThat(Conditions.holds(condition("PRESENT", null), form("{\"ownership\":\" \"}")))
                .isFalse();
        assertThat(Conditions.holds(condition("PRESENT", null), form("{\"ownership\":\"x\"}")))
                .isTrue();
        assertThat(Conditions.holds(condition("NOT_EQUALS", "\"A\""), form("{\"ownership\":\"B\"}")))
                .isTrue();
        assertThat(Conditions.holds(condition("NOT_EQUALS", "\"A\""), form("{}")))
                .isFalse();
    }
}
