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
}
