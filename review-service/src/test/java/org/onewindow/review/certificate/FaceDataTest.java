package org.onewindow.review.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaceDataTest {

    static final Map<String, String> PERSON =
            new LinkedHashMap<>(Map.of("holder", "欧阳娜娜", "holderCode", "530102199003071238", "itemName", "准印证"));

    @Test
    void aNaturalPersonsIdentityNumberIsMaskedAndHerNameWhereAsked() {
        assertThat(FaceData.masked(PERSON, true, false))
                .containsEntry("holder", "欧阳娜娜")
                .containsEntry("holderCode", "530102********1238")
                .containsEntry("itemName", "准印证");
        assertThat(FaceData.masked(PERSON, true, true)).containsEntry("holder", "欧阳**");
    }

    @Test
    void aUnitsFaceIsPublicAndACertificateWithoutOneStaysWithout() {
        assertThat(FaceData.masked(PERSON, false, true)).isEqualTo(PERSON);
        assertThat(FaceData.masked(null, true, true)).isNull();
    }
}
