package org.onewindow.application.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The keys for personal data at rest, from {@code onewindow.privacy} (application.yml). */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    FieldCipher fieldCipher(
            @Value("${onewindow.privacy.sm4.version}") int version,
            @Value("${onewindow.privacy.sm4.key}") String key,
            @Value("${onewindow.privacy.sm4.retired:}") String retired) {
        return FieldCipher.fromConfig(version, key, retired);
    }

    /** Flyway runs Java migrations that are beans (Boot hands them over), with the keys they need. */
    @Bean
    V5__SealPersonalDataWithSm4 sealPersonalDataWithSm4(
            FieldCipher cipher, @Value("${onewindow.privacy.key}") String legacyAesKey) {
        return new V5__SealPersonalDataWithSm4(cipher, new LegacyAesCipher(legacyAesKey));
    }
}
