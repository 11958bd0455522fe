package org.onewindow.portal.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The case work's words: every Chinese one has its English one, and each says something. */
class CaseworkWordsTest {

    @Test
    void everyChineseWordHasAnEnglishOne() throws IOException {
        var chinese = load("i18n/cases.properties");
        var english = load("i18n/cases_en.properties");

        assertThat(chinese.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
        assertThat(chinese.stringPropertyNames())
                .allMatch(key -> !chinese.getProperty(key).isBlank());
    }

    private static Properties load(String bundle) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(bundle).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
