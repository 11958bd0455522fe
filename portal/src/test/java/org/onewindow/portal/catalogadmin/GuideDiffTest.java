package org.onewindow.portal.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.catalogadmin.GuideDiff.Change;
import org.onewindow.portal.catalogadmin.GuideDiff.Detail;
import org.onewindow.portal.catalogadmin.LineDiff.Kind;
import org.onewindow.portal.catalogadmin.LineDiff.Line;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class GuideDiffTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final GuideDiff diff = new GuideDiff((element, value) -> element + ":" + value);

    static JsonNode guide(String fixture) throws IOException {
        return JSON.readTree(new ClassPathResource("gateway/catalogadmin/" + fixture)
                        .getContentAsString(StandardCharsets.UTF_8))
                .get("guide");
    }

    @Test
    void theSameGuideHasNoChanges() throws IOException {
        assertThat(diff.between(guide("version-1.json"), guide("version-1.json")))
                .isEmpty();
    }

    @Test
    void everyChangedElementIsListedInTheGuidesOrderAndNothingElse() throws IOException {
        var changes = diff.between(guide("version-1.json"), guide("version-2.json"));

        assertThat(changes)
                .extracting(Change::element)
                .containsExactly("conditions", "keywords", "materials", "promisedLimitDays", "fees");
    }

    @Test
    void aValueShowsWhatItWasAndWhatItIs() throws IOException {
        var limit = element(diff.between(guide("version-1.json"), guide("version-2.json")), "promisedLimitDays");

        assertThat(limit.lines())
                .containsExactly(
                        new Line(Kind.REMOVED, "promisedLimitDays:10"), new Line(Kind.ADDED, "promisedLimitDays:8"));
    }

    @Test
    void aLongTextIsComparedLineByLine() throws IOException {
        var conditions = element(diff.between(guide("version-1.json"), guide("version-2.json")), "conditions");

        assertThat(conditions.lines()).extracting(Line::kind).containsExactly(Kind.SAME, Kind.ADDED);
        assertThat(conditions.lines().get(1).text()).isEqualTo("申请人无不良记录。");
    }

    @Test
    void aListOfValuesShowsTheValuesAddedAndRemoved() throws IOException {
        var before = (ObjectNode) guide("version-1.json");
        var after = before.deepCopy();
        after.putArray("serviceObjects").add("LEGAL_PERSON");
        after.putArray("reviewDepartments").add("publishing").add("printing");

        var changes = diff.between(before, after);

        assertThat(element(changes, "serviceObjects").lines())
                .containsExactly(new Line(Kind.REMOVED, "serviceObjects:NATURAL_PERSON"));
        assertThat(element(changes, "reviewDepartments").lines())
                .containsExactly(new Line(Kind.ADDED, "reviewDepartments:printing"));
    }

    @Test
    void materialsAreMatchedByIdAddedRemovedOrChangedInTheirDetails() throws IOException {
        var materials = element(diff.between(guide("version-1.json"), guide("version-2.json")), "materials");

        assertThat(materials.entries())
                .extracting(GuideDiff.EntryChange::kind, GuideDiff.EntryChange::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, "经营场所使用权证明"),
                        org.assertj.core.groups.Tuple.tuple(Kind.SAME, "营业执照"),
                        org.assertj.core.groups.Tuple.tuple(Kind.ADDED, "发行人员名单"));
        assertThat(materials.entries().get(1).details()).containsExactly(new Detail("copies", "copies:1", "copies:2"));
    }

    @Test
    void theFormSchemaShowsOnlyItsChangedLines() throws IOException {
        var before = (ObjectNode) guide("version-1.json");
        var after = before.deepCopy();
        ((ObjectNode) after.get("formSchema").get("properties").get("unitName")).put("maxLength", 120);

        var schema = element(diff.between(before, after), "formSchema");

        assertThat(schema.lines())
                .containsExactly(
                        new Line(Kind.REMOVED, "      \"maxLength\" : 100"),
                        new Line(Kind.ADDED, "      \"maxLength\" : 120"));
    }

    @Test
    void anElementThatAppearsIsOnlyAdded() throws IOException {
        var before = (ObjectNode) guide("version-1.json");
        var after = before.deepCopy();
        before.remove("powerSource");

        assertThat(element(diff.between(before, after), "powerSource").lines())
                .containsExactly(new Line(Kind.ADDED, "powerSource:法定本级行使"));
    }

    @Test
    void linesKeepTheirOrderAroundAChange() {
        assertThat(LineDiff.of("a\nb\nc", "a\nx\nc"))
                .containsExactly(
                        new Line(Kind.SAME, "a"),
                        new Line(Kind.REMOVED, "b"),
                        new Line(Kind.ADDED, "x"),
                        new Line(Kind.SAME, "c"));
    }

    private static Change element(List<Change> changes, String element) {
        return changes.stream()
                .filter(change -> change.element().equals(element))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + element + " in " + changes));
    }
}
