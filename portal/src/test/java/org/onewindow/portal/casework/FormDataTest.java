package org.onewindow.portal.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FormDataTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aFieldTheSchemaGivesNoTitleIsNamedAsFilingNamesItAndAnUnnamedOneByItsKey() throws Exception {
        var schema = JSON.readTree("""
                {"properties": {"unitName": {"type": "string"}, "chain": {"type": "boolean", "title": "是否连锁经营"},
                                "floor": {"type": "integer"}}}
                """);
        var form = JSON.readTree("""
                {"unitName": "春城书店", "chain": true, "floor": 2}
                """);

        var entries = FormData.of(schema, form, key -> key.equals("unitName") ? "单位名称" : key, "是", "否");

        assertThat(entries)
                .containsExactly(
                        new FormData.Entry("单位名称", "春城书店"),
                        new FormData.Entry("是否连锁经营", "是"),
                        new FormData.Entry("floor", "2"));
    }
}
