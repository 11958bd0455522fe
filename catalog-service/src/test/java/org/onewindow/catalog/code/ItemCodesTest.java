package org.onewindow.catalog.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.platform.codes.CreditCode;

class ItemCodesTest {

    // real-shaped credit codes; the check characters below are computed by GB 32100's rule
    static final String BUREAU = "11530000MB0000001" + CreditCode.checkCharacter("11530000MB0000001");

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000802100433B", "11100000000013127D"})
    void acceptsCreditCodesWithTheRightCheckCharacter(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91110000802100433A", "11100000000013127E"})
    void rejectsCreditCodesWithAWrongCheckCharacter(String code) {
        assertThat(CreditCode.hasValidShape(code)).isTrue();
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100I43", "9135010OM000100Y43", ""})
    void rejectsCreditCodesOfTheWrongShape(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    void basicCodeIsTypeMainItemAndSubItem() {
        assertThat(ItemCodes.isBaseCode("XK00012000")).isTrue();
        assertThat(ItemCodes.isBaseCode("GG00001001")).isTrue();
        assertThat(ItemCodes.isBaseCode("XX00012000")).as("unknown type").isFalse();
        assertThat(ItemCodes.isBaseCode("XK00000000")).as("main item 00000").isFalse();
        assertThat(ItemCodes.isBaseCode("XK0001200")).as("too short").isFalse();
        assertThat(ItemCodes.typeOf("XK00012000")).isEqualTo("XK");
    }

    @Test
    void implementationCodeIsCreditCodePlusBasicCodePlusThreeDigits() {
        assertThat(ItemCodes.problemsOfImplementationCode(BUREAU + "XK00012000" + "001", "XK00012000"))
                .isEmpty();
    }

    @Test
    void rejectsImplementationCodeWithWrongCheckCharacter() {
        var wrong = "91350100M000100Y44" + "XK00012000" + "001";
        assertThat(ItemCodes.problemsOfImplementationCode(wrong, "XK00012000"))
                .containsExactly("the credit code's check character is wrong (GB 32100-2015)");
    }

    @Test
    void rejectsImplementationCodeNamingAnotherBasicCode() {
        assertThat(ItemCodes.problemsOfImplementationCode(BUREAU + "XK00013000" + "001", "XK00012000"))
                .containsExactly("characters 19-28 must be the item's basic code XK00012000");
    }

    @Test
    void rejectsImplementationCodeOfTheWrongLength() {
        assertThat(ItemCodes.problemsOfImplementationCode(BUREAU + "XK00012000", "XK00012000"))
                .hasSize(1);
    }
}
