package org.onewindow.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void naturalPersonsKeepTheirSurnameOnly() {
        assertThat(Masking.name("张三", true)).isEqualTo("张*");
        assertThat(Masking.name("张三丰", true)).isEqualTo("张**");
        assertThat(Masking.name("欧阳修文", true)).isEqualTo("欧阳**");
        assertThat(Masking.name("李", true)).isEqualTo("李*");
    }

    @Test
    void legalPersonsArePublic() {
        assertThat(Masking.name("示例影视文化有限公司", false)).isEqualTo("示例影视文化有限公司");
    }

    @Test
    void identityNumbersKeepSixAndFour() {
        assertThat(Masking.identityNumber("530102199003071238")).isEqualTo("530102********1238");
        assertThat(Masking.identityNumber("123")).isEqualTo("***");
    }

    @Test
    void phonesKeepThreeAndFour() {
        assertThat(Masking.phone("13800001234")).isEqualTo("138****1234");
    }

    @Test
    void identityAndPhoneNumbersInFreeTextAreMasked() {
        assertThat(Masking.inText("投诉人张某，身份证530102199003071238，电话13800001234，已回访。"))
                .isEqualTo("投诉人张某，身份证530102********1238，电话138****1234，已回访。");
        assertThat(Masking.inText("ID 11010519491231002X; call 15912345678"))
                .isEqualTo("ID 110105********002X; call 159****5678");
        // numbers that are not one of the two shapes stay: a case number, a fee, a longer digit run
        assertThat(Masking.inText("办件号11530000MB00000012XK00012000001202603160007，收费12元"))
                .isEqualTo("办件号11530000MB00000012XK00012000001202603160007，收费12元");
        assertThat(Masking.inText(null)).isNull();
    }
}
