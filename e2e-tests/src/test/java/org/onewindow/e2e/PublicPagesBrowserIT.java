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
    void aLostVisitorGetsACalmChinesePage() {
        browser.go("/items/NO-SUCH-ITEM");
        assertThat(browser.text()).doesNotContain("Whitelabel", "Exception", "Stack");
        browser.checkPage("04-not-found");
    }
}
