package org.onewindow.portal.soon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onewindow.portal.PortalTestSupport;

class ComingSoonPagesTest extends PortalTestSupport {

    // progress, complaints, certificate check and disclosure have pages of their own now
    @ParameterizedTest
    @CsvSource({"/items/11530000MB00000012XK00012000001/apply, 在线办理, 网上申请即将开通"})
    void saysPlainlyWhatWillBeThereAndWhereToGoMeanwhile(String path, String title, String what) throws Exception {
        var page = page(mvc.perform(get(path)).andExpect(status().isOk()).andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo(title);
        var main = page.selectFirst("main").text();
        assertThat(main).contains("正在建设中", "暂时不能在网上办理", what, "政务服务大厅", "12345");
        // it does not pretend to work: nothing to fill in
        assertThat(page.select("main form, main input")).isEmpty();
    }
}
