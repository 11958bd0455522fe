package org.onewindow.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class FormConversionTest {

    static MultiValueMap<String, String> submitted(String... namesAndValues) {
        var form = new LinkedMultiValueMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    @Test
    void turnsTheBrowsersTextIntoTheSchemasTypes() throws IOException {
        var schema = FormSchema.of(FormSchemaTest.seedSchema("item-retail-seed.json"));

        var result = FormConversion.convert(
                schema,
                submitted(
                        "unitName", "  春城书店 ",
                        "premisesOwnership", "LEASED",
                        "areaSquareMeters", "85.5",
                        "contactPhone", "13700137000",
                        "address", "",
                        "_csrf", "token",
                        "somethingElse", "x"));

        assertThat(result.converted()).isTrue();
        assertThat(result.values().toString())
                .isEqualTo(
                        "{\"unitName\":\"春城书店\",\"premisesOwnership\":\"LEASED\",\"areaSquareMeters\":85.5,\"contactPhone\":\"13700137000\"}");
    }

    @Test
    void lettersInANumberAreAProblemOfThatFieldNotAFailure() throws IOException {
        var schema = FormSchema.of(FormSchemaTest.seedSchema("item-retail-seed.json"));

        var result =
                FormConversion.convert(schema, submitted("areaSquareMeters", "八十平米", "premisesOwnership", "RENTED"));

        assertThat(result.issues())
                .containsExactly(
                        Issue.field("premisesOwnership", FormConversion.NOT_AN_OPTION),
                        Issue.field("areaSquareMeters", FormConversion.NOT_A_NUMBER));
    }

    @Test
    void fullWidthDigitsAndThousandsSeparatorsAreNumbersWholeNumbersMustBeWhole() throws IOException {
        var schema = FormSchema.of(FormSchemaTest.seedSchema("item-programme-seed.json"));

        var whole = FormConversion.convert(schema, submitted("professionalStaff", "１２"));
        var fraction = FormConversion.convert(schema, submitted("professionalStaff", "2.5"));
        var thousands = FormConversion.convert(schema, submitted("professionalStaff", "1,200"));

        assertThat(whole.values().get("professionalStaff").isIntegralNumber()).isTrue();
        assertThat(whole.values().get("professionalStaff").asInt()).isEqualTo(12);
        assertThat(thousands.values().get("professionalStaff").asInt()).isEqualTo(1200);
        assertThat(fraction.issues()).containsExactly(Issue.field("professionalStaff", FormConversion.NOT_AN_INTEGER));
    }

    @Test
    void aListOfChoicesIsAListAnUntickedBoxIsNo() throws IOException {
        var schema = FormSchema.of(FormSchemaTest.seedSchema("item-programme-seed.json"));

        var result = FormConversion.convert(
                schema,
                submitted("programmeTypes", "VARIETY", "programmeTypes", "ANIMATION", "receivesNothing", "true"));

        assertThat(result.values().get("programmeTypes").toString()).isEqualTo("[\"VARIETY\",\"ANIMATION\"]");
        assertThat(result.values().get("foreignInvestment").asBoolean()).isFalse();
        var ticked = FormConversion.convert(schema, submitted("foreignInvestment", "true"));
        assertThat(ticked.values().get("foreignInvestment").asBoolean()).isTrue();
    }

    @Test
    void savedValuesComeBackAsTheTextTheFieldsShow() throws IOException {
        var schema = FormSchema.of(FormSchemaTest.seedSchema("item-programme-seed.json"));
        var saved = FormSchemaTest.JSON.readTree(
                "{\"unitName\":\"滇池影视\",\"professionalStaff\":12,\"foreignInvestment\":true,\"programmeTypes\":[\"VARIETY\"]}");

        var texts = FormConversion.texts(schema, saved);

        assertThat(texts)
                .containsEntry("unitName", java.util.List.of("滇池影视"))
                .containsEntry("professionalStaff", java.util.List.of("12"))
                .containsEntry("foreignInvestment", java.util.List.of("true"))
                .containsEntry("programmeTypes", java.util.List.of("VARIETY"));
    }
}
