package org.onewindow.portal.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.catalogadmin.GuideForm.FeeRow;

class GuideJsonTest {

    @Test
    void aGuideGoesBackToTheApiAsItCameFromItThroughTheForm() throws IOException {
        var guide = GuideDiffTest.guide("version-1.json");

        var converted = GuideJson.json(GuideJson.form(guide, 3));

        assertThat(converted.problems()).isEmpty();
        // the API refuses unknown fields: exactly ItemDefinition's, with nulls where the guide has none
        var sent = converted.guide();
        assertThat(sent.propertyNames()).hasSize(23);
        assertThat(sent.get("materials").get(3).get("condition").get("value").asString())
                .isEqualTo("LEASED");
        assertThat(sent.get("materials").get(1).get("basis").isNull()).isTrue();
        assertThat(sent.get("windows").get(0).get("phone").isNull()).isTrue();
        sent.remove(List.of("materials", "windows"));
        var expected = (tools.jackson.databind.node.ObjectNode) guide.deepCopy();
        expected.remove(List.of("materials", "windows"));
        assertThat(sent).isEqualTo(expected);
    }

    @Test
    void textThatIsNotANumberIsSentAsNullAndToldByTheField() throws IOException {
        var form = GuideJson.form(GuideDiffTest.guide("version-1.json"), 3);
        var typed = new GuideForm(
                form.revision(),
                form.code(),
                form.baseCode(),
                form.name(),
                form.type(),
                form.department(),
                form.serviceObjects(),
                form.legalBasis(),
                form.powerSource(),
                form.conditions(),
                form.materials(),
                form.steps(),
                "二十",
                form.promisedLimitDays(),
                form.handlingType(),
                List.of(new FeeRow("工本费", "12.505", "依据", "")),
                form.onlineDepth(),
                form.maxVisits(),
                form.windows(),
                form.faq(),
                form.reviewDepartments(),
                "{\"type\": \"object\",\n  oops}",
                "出版物，零售、 书店",
                false);

        var converted = GuideJson.json(typed);

        assertThat(converted.problems())
                .extracting(GuideJson.Problem::field, GuideJson.Problem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("statutoryLimitDays", "not-a-whole-number"),
                        org.assertj.core.groups.Tuple.tuple("fees[0].amountFen", "not-an-amount"),
                        org.assertj.core.groups.Tuple.tuple("formSchema", "not-json"));
        assertThat(converted.problems().get(2).detail()).isEqualTo("2");
        assertThat(converted.guide().get("statutoryLimitDays").isNull()).isTrue();
        assertThat(converted.guide().get("keywords").valueStream().map(node -> node.asString()))
                .containsExactly("出版物", "零售", "书店");
    }

    @Test
    void yuanBecomeFen() {
        var form = GuideForm.blank().withRowAdded("fees");
        var fee = form.fees().get(0);
        var priced = new GuideForm(
                form.revision(),
                form.code(),
                form.baseCode(),
                form.name(),
                form.type(),
                form.department(),
                form.serviceObjects(),
                form.legalBasis(),
                form.powerSource(),
                form.conditions(),
                form.materials(),
                form.steps(),
                form.statutoryLimitDays(),
                form.promisedLimitDays(),
                form.handlingType(),
                List.of(new FeeRow(fee.name(), "12.5", fee.basis(), fee.waivers())),
                form.onlineDepth(),
                form.maxVisits(),
                form.windows(),
                form.faq(),
                form.reviewDepartments(),
                form.formSchema(),
                form.keywords(),
                false);

        assertThat(GuideJson.json(priced)
                        .guide()
                        .get("fees")
                        .get(0)
                        .get("amountFen")
                        .asLong())
                .isEqualTo(1250);
    }
}
