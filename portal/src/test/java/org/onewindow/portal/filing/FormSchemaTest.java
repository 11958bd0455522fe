package org.onewindow.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.filing.FormField.Bound;
import org.onewindow.portal.filing.FormField.Kind;
import org.onewindow.portal.filing.FormField.Option;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FormSchemaTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode seedSchema(String fixture) throws IOException {
        var item = JSON.readTree(
                new ClassPathResource("gateway/filing/" + fixture).getContentAsString(StandardCharsets.UTF_8));
        return item.path("guide").path("formSchema");
    }

    @Test
    void readsTheRetailItemsRealSchemaFieldByFieldInItsOrder() throws IOException {
        var schema = FormSchema.of(seedSchema("item-retail-seed.json"));

        assertThat(schema.fields())
                .extracting(FormField::name)
                .containsExactly(
                        "unitName", "creditCode", "address", "premisesOwnership", "areaSquareMeters", "contactPhone");
        assertThat(schema.fields()).allMatch(FormField::required);
        var unitName = schema.field("unitName").orElseThrow();
        assertThat(unitName.kind()).isEqualTo(Kind.TEXT);
        assertThat(unitName.minLength()).isEqualTo(2);
        assertThat(unitName.maxLength()).isEqualTo(100);
        var creditCode = schema.field("creditCode").orElseThrow();
        assertThat(creditCode.pattern()).isEqualTo("^[0-9A-HJ-NPQRTUWXY]{18}$");
        assertThat(creditCode.description()).isEqualTo("统一社会信用代码");
        var ownership = schema.field("premisesOwnership").orElseThrow();
        assertThat(ownership.kind()).isEqualTo(Kind.SELECT);
        assertThat(ownership.options()).containsExactly(new Option("OWNED", null), new Option("LEASED", null));
        var area = schema.field("areaSquareMeters").orElseThrow();
        assertThat(area.kind()).isEqualTo(Kind.NUMBER);
        assertThat(area.minimum()).isEqualTo(new Bound(BigDecimal.ZERO, true));
    }

    @Test
    void readsListsOfChoicesYesNoAndWholeNumbers() throws IOException {
        var schema = FormSchema.of(seedSchema("item-programme-seed.json"));

        var types = schema.field("programmeTypes").orElseThrow();
        assertThat(types.kind()).isEqualTo(Kind.CHECKBOXES);
        assertThat(types.type()).isEqualTo("string");
        assertThat(types.options()).extracting(Option::value).contains("SPECIAL_TOPIC", "RADIO_DRAMA");
        assertThat(schema.field("foreignInvestment").orElseThrow().kind()).isEqualTo(Kind.CHECKBOX);
        var staff = schema.field("professionalStaff").orElseThrow();
        assertThat(staff.kind()).isEqualTo(Kind.INTEGER);
        assertThat(staff.minimum()).isEqualTo(new Bound(BigDecimal.valueOf(3), false));
    }

    @Test
    void takesTheSchemasOwnTitlesAndOptionNamesWhereItHasThem() {
        var schema = FormSchema.of(JSON.readTree("""
                {"type":"object","required":["kind"],"properties":{
                  "kind":{"type":"string","title":"类别","description":"按营业执照填写",
                          "enum":["A","B"],"enumNames":["甲类","乙类"]},
                  "level":{"type":"integer","enum":[1,2],"x-enumNames":["一级","二级"]},
                  "channel":{"type":"string","oneOf":[{"const":"ONLINE","title":"网上"},{"const":"POST","title":"邮寄"}]},
                  "note":{"type":["string","null"],"maxLength":500},
                  "opened":{"type":"string","format":"date"}
                }}
                """));

        var kind = schema.field("kind").orElseThrow();
        assertThat(kind.title()).isEqualTo("类别");
        assertThat(kind.description()).isEqualTo("按营业执照填写");
        assertThat(kind.required()).isTrue();
        assertThat(kind.options()).containsExactly(new Option("A", "甲类"), new Option("B", "乙类"));
        var level = schema.field("level").orElseThrow();
        assertThat(level.kind()).isEqualTo(Kind.SELECT);
        assertThat(level.type()).isEqualTo("integer");
        assertThat(level.options()).containsExactly(new Option("1", "一级"), new Option("2", "二级"));
        assertThat(schema.field("channel").orElseThrow().options())
                .containsExactly(new Option("ONLINE", "网上"), new Option("POST", "邮寄"));
        assertThat(schema.field("note").orElseThrow().kind()).isEqualTo(Kind.TEXTAREA);
        assertThat(schema.field("note").orElseThrow().required()).isFalse();
        assertThat(schema.field("opened").orElseThrow().kind()).isEqualTo(Kind.DATE);
    }

    @Test
    void aSchemaWithoutPropertiesIsAFormWithoutFields() {
        assertThat(FormSchema.of(null).fields()).isEmpty();
        assertThat(FormSchema.of(JSON.readTree("{\"type\":\"object\"}")).fields())
                .isEmpty();
    }
}
