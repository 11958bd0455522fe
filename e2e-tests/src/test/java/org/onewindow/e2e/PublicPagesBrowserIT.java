package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.e2e.browser.Browser;
import org.onewindow.localstack.LocalStack;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The portal's public pages in a real chromium, through the gateway, as a visitor without an
 * account finds them: every page passes axe and fits a phone, and each leaves its screenshot.
 */
class PublicPagesBrowserIT {

    static LocalStack stack;
    static Browser browser;

    @BeforeAll
    static void start() {
        stack = E2eStack.get();
        browser = Browser.open("http://localhost:" + stack.ports().gateway());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aVisitorFindsAnItemAndReadsItsGuideByKeyboard() {
        browser.go("/").waitFor(By.name("q"));
        assertThat(browser.title()).contains("网上办事大厅");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        browser.checkPage("01-home");

        // the keyboard alone: the search box takes the words and Enter searches
        browser.field("q").sendKeys("出版物", Keys.ENTER);
        browser.waitForUrl("/search").waitFor(By.cssSelector("main a[href*='/items/']"));
        assertThat(browser.text()).contains("出版物");
        browser.checkPage("02-search");

        browser.click(By.cssSelector("main a[href*='/items/']"));
        browser.waitFor(By.cssSelector("a[href$='/apply'], form[action$='/apply']"));
        assertThat(browser.text()).contains("受理条件", "申请材料", "办理时限");
        browser.checkPage("03-guide");
    }

    @Test
    void aComplaintIsFiledAndFoundAgainWithItsCode() {
        browser.go("/complaints").waitFor(By.name("subject"));
        browser.checkPage("05-complaint-form");
        // sent empty first: every problem beside its field, the summary linking to each
        browser.click(By.cssSelector("form.complaint-form button[type='submit']"));
        browser.waitFor(By.cssSelector(".error-summary"));
        browser.checkPage("06-complaint-problems");

        browser.click(By.cssSelector("input[name='kind'][value='COMPLAINT']"));
        browser.type("subject", "窗口办理时间过长").type("content", "11月28日上午在政务服务大厅窗口排队两个小时，希望增加窗口。");
        browser.click(By.cssSelector("form.complaint-form button[type='submit']"));
        browser.waitFor(By.id("ticket"));
        var ticket = browser.find(By.id("ticket")).getText().strip();
        var code = browser.find(By.id("query-code")).getText().strip();
        assertThat(ticket).isNotBlank();
        browser.checkPage("07-complaint-filed");

        browser.go("/complaints/status").waitFor(By.name("ticket"));
        browser.type("ticket", ticket).type("code", code);
        browser.click(By.cssSelector("main form button[type='submit']"));
        browser.waitFor(By.cssSelector(".status-panel, #complaint-status, .complaint-status"));
        assertThat(browser.text()).contains(ticket);
        browser.checkPage("08-complaint-status");
    }

    @Test
    void theElderModeStaysOnFromPageToPage() {
        browser.go("/");
        browser.click(By.cssSelector("form[action$='/preferences/elder-mode'] button"));
        browser.waitFor(By.cssSelector("body.elder"));
        browser.go("/search?q=%E5%87%BA%E7%89%88").waitFor(By.cssSelector("body.elder"));
        browser.checkPage("09-elder-search");
        browser.click(By.cssSelector("form[action$='/preferences/elder-mode'] button"));
        browser.waitFor(By.cssSelector("body:not(.elder)"));
    }

    @Test
    void aLostVisitorGetsACalmChinesePage() {
        browser.go("/items/NO-SUCH-ITEM");
        assertThat(browser.text()).doesNotContain("Whitelabel", "Exception", "Stack");
        browser.checkPage("04-not-found");
    }
}
