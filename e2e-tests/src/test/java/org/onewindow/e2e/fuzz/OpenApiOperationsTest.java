package org.onewindow.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.e2e.fuzz.Operation.In;

class OpenApiOperationsTest {

    @Test
    void listsEveryOperationInPathThenMethodOrder() {
        assertThat(SampleDocument.operations())
                .extracting(Operation::key)
                .containsExactly(
                        "GET /api/applications",
                        "POST /api/applications",
                        "POST /api/applications/progress/{caseNo}/evaluation",
                        "PUT /api/applications/{id}/form",
                        "GET /api/applications/{id}/materials/{materialId}",
                        "POST /api/applications/{id}/materials/{materialId}",
                        "POST /api/applications/{id}/submit",
                        "GET /api/catalog/items",
                        "POST /api/review/cases/{caseNo}/decision");
    }

    @Test
    void followsReferencesToBodiesParametersAndSchemas() {
        var decide = SampleDocument.operation("POST /api/review/cases/{caseNo}/decision");
        assertThat(decide.in(In.PATH)).extracting(Operation.Parameter::name).containsExactly("caseNo");
        assertThat(decide.body().mediaType()).isEqualTo("application/json");
        assertThat(decide.body().required()).isTrue();
        assertThat(decide.schemas().properties(decide.body().schema())).containsOnlyKeys("decision", "reason");
        assertThat(decide.schemas().required(decide.body().schema())).containsExactly("decision", "reason");
    }

    @Test
    void anUploadIsSentAsMultipart() {
        var upload = SampleDocument.operation("POST /api/applications/{id}/materials/{materialId}");
        assertThat(upload.body().multipart()).isTrue();
        assertThat(SampleDocument.operation("GET /api/applications/{id}/materials/{materialId}")
                        .hasBody())
                .isFalse();
    }

    @Test
    void anObjectQueryParameterIsSentAsItsProperties() {
        var search = SampleDocument.operation("GET /api/catalog/items");
        assertThat(search.in(In.QUERY))
                .extracting(Operation.Parameter::name)
                .containsExactly("q", "type", "page", "size");
    }

    @Test
    void readsHeaderParametersAndOptionalBodies() {
        var submit = SampleDocument.operation("POST /api/applications/{id}/submit");
        assertThat(submit.in(In.HEADER)).extracting(Operation.Parameter::name).containsExactly("Idempotency-Key");
        assertThat(submit.body().required()).isFalse();
    }

    @Test
    void readsTheTypesOfOpenApi31AndOfOpenApi30() {
        var schemas = SampleDocument.operation("POST /api/applications").schemas();
        assertThat(schemas.type(Json.read("{\"type\": [\"null\", \"string\"]}")))
                .isEqualTo("string");
        assertThat(schemas.type(Json.read("{\"type\": \"integer\"}"))).isEqualTo("integer");
        assertThat(schemas.type(Json.read("{\"properties\": {}}"))).isEqualTo("object");
        assertThat(schemas.type(Json.read("{\"$ref\": \"#/components/schemas/NewApplication\"}")))
                .isEqualTo("object");
        assertThat(schemas.type(Json.read("{\"$ref\": \"#/components/schemas/Nowhere\"}")))
                .isEqualTo("");
    }
}
