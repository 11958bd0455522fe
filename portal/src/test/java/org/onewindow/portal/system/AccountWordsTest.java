package org.onewindow.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The account pages' words: every Chinese one has its English one. */
class AccountWordsTest {

    @Test
    void everyChineseTextHasAnEnglishOne() throws IOException {
        assertThat(load("i18n/account_en.properties").stringPropertyNames())
                .isEqualTo(load("i18n/account.properties").stringPropertyNames())
                .isNotEmpty();
    }

    private static Properties load(String bundle) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(bundle).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
