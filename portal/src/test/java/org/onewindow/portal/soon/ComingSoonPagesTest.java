package org.onewindow.portal.soon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onewindow.portal.PortalTestSupport;

class ComingSoonPagesTest extends PortalTestSupport {

    @ParameterizedTest
    @CsvSource({
        "/progress, 办件查询, 办件编号和查询码",
        "/complaints, 投诉举报, 投诉或举报",
        "/certificates/verify, 证照核验, 核验电子证照",
        "/disclosure, 信息公开, 曝光整改专栏"
    })
    void saysPlainlyWhatWillBeThereAndWhereToGoMeanwhile(String path, String title, String what) throws Exception {
        var page = page(mvc.perform(get(path)).andExpect(status().isOk()).andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo(title);
        var main = page.selectFirst("main").text();
        assertThat(main).contains("正在建设中", "暂时不能在网上办理", what, "政务服务大厅", "12345");
        // it does not pretend to work: nothing to fill in
        assertThat(page.select("main form, main input")).isEmpty();
    }
}
