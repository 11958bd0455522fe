package org.onewindow.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MutationsTest {

    private final Mutations mutations = SampleDocument.mutations();

    private List<FuzzCase> casesOf(String key, long seed) {
        return mutations.of(SampleDocument.operation(key), SampleDocument.OWN_DRAFT, new Random(seed));
    }

    @Test
    void theSameSeedSendsTheSameRequests() {
        for (var operation : SampleDocument.operations()) {
            var first = mutations.of(operation, SampleDocument.OWN_DRAFT, new Random(7));
            var again = mutations.of(operation, SampleDocument.OWN_DRAFT, new Random(7));
            assertThat(again)
                    .extracting(Shown::request)
                    .isEqualTo(first.stream().map(Shown::request).toList());
        }
    }

    @Test
    void everyJsonBodyIsSentMalformedOversizedAndAsOtherContentTypes() {
        var labels = casesOf("POST /api/applications", 1).stream()
                .map(FuzzCase::label)
                .toList();
        assertThat(labels)
                .contains(
                        "body: malformed, cut in half",
                        "body: nested 5,000 deep",
                        "body: over the 1 MB limit",
                        "body: an unknown field",
                        "content type: text/plain",
                        "content type: none",
                        "content type: multipart without a boundary")
                .anyMatch(label -> label.startsWith("field "));
        var oversized = casesOf("POST /api/applications", 1).stream()
                .filter(c -> c.label().equals("body: over the 1 MB limit"))
                .findFirst()
                .orElseThrow();
        assertThat(oversized.body().length).isGreaterThan(1024 * 1024);
    }

    @Test
    void anOperationWithoutABodyIsSentNone() {
        var cases = casesOf("GET /api/applications/{id}/materials/{materialId}", 1);
        assertThat(cases).isNotEmpty().allMatch(c -> c.body() == null && c.contentType() == null);
    }

    @Test
    void aProtectedOperationIsTriedWithoutAToken_withAForgedOne_andUnsigned_andMustRefuseThem() {
        var tokens = casesOf("POST /api/applications", 1).stream()
                .filter(c -> c.label().startsWith("token:"))
                .toList();
        assertThat(tokens).hasSize(3).allMatch(FuzzCase::mustRefuse);
        assertThat(tokens)
                .extracting(FuzzCase::bearer)
                .contains(null, "forged.applicant.token", "unsigned.applicant.token");
        assertThat(tokens.get(0).who()).isEqualTo(Callers.ANONYMOUS);
    }

    @Test
    void onAPublicOperationForgedTokensMustStillBeRefused() {
        var tokens = casesOf("GET /api/catalog/items", 1).stream()
                .filter(c -> c.label().startsWith("token:"))
                .toList();
        assertThat(tokens).hasSize(2).allMatch(c -> c.mustRefuse() && c.bearer() != null);
    }

    @Test
    void anotherApplicantsDraftIsTriedWithTheApplicantsToken() {
        var stranger = casesOf("PUT /api/applications/{id}/form", 1).stream()
                .filter(c -> c.label().startsWith("another user's id"))
                .findFirst()
                .orElseThrow();
        assertThat(stranger.who()).isEqualTo("applicant");
        assertThat(stranger.rawPath()).isEqualTo("/api/applications/" + SampleDocument.THEIR_DRAFT + "/form");
        assertThat(stranger.mustRefuse()).isTrue();
    }

    @Test
    void staffOperationsAreTriedByAnotherDepartmentAndByAnApplicant() {
        var strangers = casesOf("POST /api/review/cases/{caseNo}/decision", 1).stream()
                .filter(FuzzCase::mustRefuse)
                .map(FuzzCase::who)
                .toList();
        assertThat(strangers).contains("reviewer-prt", "applicant");
    }

    @Test
    void aBadPathValueIsNeverTheSampleItself() {
        for (long seed = 0; seed < 20; seed++) {
            var own = "/api/applications/" + SampleDocument.OWN_DRAFT + "/form";
            assertThat(casesOf("PUT /api/applications/{id}/form", seed))
                    .filteredOn(c -> c.label().startsWith("path "))
                    .isNotEmpty()
                    .allMatch(c -> !c.rawPath().equals(own));
        }
    }

    @Test
    void whereGuessesAreCountedOnlyInputsRefusedAtTheDoorAreSent() {
        var cases = casesOf("POST /api/applications/progress/{caseNo}/evaluation", 3);
        assertThat(cases).isNotEmpty().allMatch(FuzzCase::atDoor);
        assertThat(cases)
                .extracting(FuzzCase::label)
                .contains("body: malformed, cut in half", "body: over the 1 MB limit");
    }

    @Test
    void eachOperationHasABoundedNumberOfCases() {
        for (var operation : SampleDocument.operations()) {
            for (long seed = 0; seed < 10; seed++) {
                assertThat(mutations.of(operation, SampleDocument.OWN_DRAFT, new Random(seed)))
                        .as(operation.key())
                        .hasSizeLessThanOrEqualTo(Mutations.MAX_CASES);
            }
        }
    }

    @Test
    void theBaseBodyIsPlausibleSoThatEachCaseIsWrongInOnePlace() {
        var samples = new Samples(SampleDocument.FIXTURES);
        var create = samples.body(SampleDocument.operation("POST /api/applications"));
        assertThat(create.get("itemCode").asString()).isEqualTo(SampleDocument.FIXTURES.itemCode());
        assertThat(create.get("applicant").get("type").asString()).isEqualTo("NATURAL_PERSON");
        assertThat(create.get("applicant").get("idNumber").asString()).isEqualTo("530102198805120033");
        var decision = samples.body(SampleDocument.operation("POST /api/review/cases/{caseNo}/decision"));
        assertThat(decision.get("decision").asString()).isEqualTo("APPROVE");
        var form = samples.body(SampleDocument.operation("PUT /api/applications/{id}/form"));
        assertThat(form.get("unitName").asString()).isEqualTo("新华书店");
    }

    @Test
    void badValuesReachNestedFieldsAndTheFieldsOfAnOpenForm() {
        var create = SampleDocument.operation("POST /api/applications");
        var samples = new Samples(SampleDocument.FIXTURES);
        assertThat(Leaves.of(create, samples.body(create)))
                .extracting(Leaves.Leaf::name)
                .contains("itemCode", "applicant", "applicant.name", "applicant.phone");
        var form = SampleDocument.operation("PUT /api/applications/{id}/form");
        assertThat(Leaves.of(form, samples.body(form)))
                .extracting(Leaves.Leaf::name, Leaves.Leaf::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("unitName", "string"),
                        org.assertj.core.groups.Tuple.tuple("areaSquareMeters", "integer"));
    }

    @Test
    void anUploadIsSentWithTreacherousFileNamesAndBrokenMultipart() {
        var cases = casesOf("POST /api/applications/{id}/materials/{materialId}", 1);
        assertThat(cases)
                .extracting(FuzzCase::label)
                .contains(
                        "upload: right-to-left override in the file name",
                        "upload: NUL in the file name",
                        "upload: cut off before the closing boundary",
                        "content type: multipart without a boundary");
        var bidi = cases.stream()
                .filter(c -> c.label().equals("upload: right-to-left override in the file name"))
                .findFirst()
                .orElseThrow();
        assertThat(new String(bidi.body(), StandardCharsets.UTF_8)).contains("filename=\"\u202Efdp.exe\"");
    }

    @Test
    void anUndeclaredMethodIsTriedOncePerPath() {
        var probe =
                mutations.undeclaredMethod(SampleDocument.operation("POST /api/applications"), Set.of("GET", "POST"));
        assertThat(probe.method()).isEqualTo("DELETE");
        assertThat(probe.body()).isNull();
        assertThat(probe.who()).isEqualTo("applicant");
    }
}
