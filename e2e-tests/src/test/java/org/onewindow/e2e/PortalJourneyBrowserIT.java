package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.e2e.browser.Browser;
import org.onewindow.localstack.LocalStack;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An applicant's whole way through the portal in a real chromium, through the gateway and
 * Keycloak's own login form: the guide, signing in, the form generated from the item's schema,
 * problems told beside their fields, uploads, pre-review, the check page, the case number; then
 * 我的办件 while the staff work the case through the API, a supplement handed in in the browser,
 * and the rating. Every page of ours passes axe, fits a phone, and leaves its screenshot.
 */
class PortalJourneyBrowserIT {

    static final String ITEM = Filing.ITEM;

    static LocalStack stack;
    static Api api;
    static Browser browser;
    static Path files;

    @BeforeAll
    static void start() throws IOException {
        stack = E2eStack.get();
        api = new Api(stack.ports());
        browser = Browser.open("http://localhost:" + stack.ports().gateway());
        files = Files.createTempDirectory("onewindow-uploads-");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anApplicantFilesOnlineFollowsHerCaseHandsInASupplementAndRatesIt() {
        // the guide, anonymous; 在线办理 asks her to sign in at Keycloak, in Chinese
        browser.go("/items/" + ITEM).waitFor(By.cssSelector("a.apply-button"));
        browser.click(By.cssSelector("a.apply-button"));
        browser.waitFor(By.id("kc-login"));
        assertThat(browser.url()).startsWith("http://localhost:" + stack.ports().keycloak() + "/");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).startsWith("zh");
        browser.screenshot("10-keycloak-login");
        browser.type("username", "applicant").type("password", "demo").click(By.id("kc-login"));

        // back where she was going: the start of filing
        browser.waitForUrl("/items/" + ITEM + "/apply").waitFor(By.name("applicantType"));
        assertThat(browser.text()).contains("张三");
        browser.checkPage("11-apply-start");
        browser.click(By.cssSelector("input[name='applicantType'][value='NATURAL_PERSON']"));
        browser.click(By.cssSelector("main form button[type='submit']"));
        browser.waitForUrl("/form").waitFor(By.name("unitName"));
        var draft = browser.url().replaceAll("/form.*$", "");

        // the form from the schema; a wrong number and a wrong phone are told beside their fields
        browser.type("unitName", "新华书店示例分店")
                .type("creditCode", "91350100M000100Y43")
                .type("address", "示例市示例路 1 号")
                .type("areaSquareMeters", "一百二")
                .type("contactPhone", "12345");
        new Select(browser.field("premisesOwnership")).selectByValue("OWNED");
        browser.click(By.cssSelector("form.application-form button[type='submit']"));
        browser.waitFor(By.cssSelector(".field-error"));
        assertThat(browser.all(By.cssSelector(".field-error"))).isNotEmpty();
        browser.checkPage("12-form-problems");
        browser.type("areaSquareMeters", "120").type("contactPhone", "13800000000");
        browser.click(By.cssSelector("form.application-form button[type='submit']"));

        // a complete form goes on to the materials; with the application form alone, pre-review
        // names what is missing, all at once, and what may follow after acceptance (容缺)
        browser.waitForUrl("/materials").waitFor(By.name("application-form"));
        browser.field("application-form").sendKeys(pdf("application-form").toString());
        browser.click(By.cssSelector("main form button[type='submit']"));
        browser.waitForText("application-form.pdf");
        browser.checkPage("13-materials");
        browser.go(draft + "/pre-review").waitFor(By.cssSelector(".error-summary"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains("营业执照");
        browser.checkPage("14-pre-review-problems");

        browser.go(draft + "/materials").waitFor(By.name("business-license"));
        browser.field("business-license").sendKeys(pdf("business-license").toString());
        browser.field("premises-proof").sendKeys(pdf("premises-proof").toString());
        browser.click(By.cssSelector("main form button[type='submit']"));
        browser.waitForText("premises-proof.pdf");
        browser.go(draft + "/pre-review").waitFor(By.cssSelector("a[href$='/check']"));
        browser.click(By.cssSelector("a[href$='/check']"));
        browser.waitFor(By.name("idempotencyKey"));
        assertThat(browser.text()).contains("新华书店示例分店", "120");
        browser.checkPage("15-check");
        browser.click(By.cssSelector("main form button[type='submit']"));
        browser.waitFor(By.cssSelector(".case-number"));
        var caseNo = browser.find(By.cssSelector(".case-number")).getText().strip();
        assertThat(caseNo).matches("[0-9A-Z-]{10,}");
        browser.checkPage("16-confirmation");

        // 我的办件 shows it; the clerk asks for a clearer licence through the API
        browser.go("/my/cases").waitForText(caseNo);
        browser.checkPage("17-my-cases");
        var clerk = api.tokenOf("clerk");
        var caseUrl = "/api/review/cases/" + caseNo;
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(caseUrl, clerk).statusCode() == 200);
        assertThat(api.post(caseUrl + "/request-supplement", clerk, """
                                {"items": [{"materialId": "business-license", "description": "营业执照复印件不清晰"}]}
                                """).statusCode())
                .isEqualTo(200);
        browser.go("/my/cases");
        browser.click(By.cssSelector("main a[href*='/my/cases/']"));
        var casePage = browser.url();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.go(casePage);
            return !browser.all(By.name("file-business-license")).isEmpty();
        });
        assertThat(browser.text()).contains("营业执照复印件不清晰");
        browser.checkPage("18-case-supplement-requested");
        browser.field("file-business-license")
                .sendKeys(pdf("business-license-clear").toString());
        browser.click(By.cssSelector("form.supplement-form button[type='submit']"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(caseUrl, clerk).body().contains("\"status\":\"SUBMITTED\""));

        // accepted, reviewed, approved: the timeline moves, and she rates the service
        assertThat(api.post(caseUrl + "/accept", clerk, "{}").statusCode()).isEqualTo(200);
        browser.go(casePage);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.go(casePage);
            return browser.text().contains("已受理");
        });
        browser.checkPage("19-case-accepted");
        assertThat(api.post(
                                caseUrl + "/opinions",
                                api.tokenOf("reviewer-pub"),
                                "{\"opinion\": \"同意\", \"favourable\": true}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.post(
                                caseUrl + "/decision",
                                api.tokenOf("approver"),
                                "{\"decision\": \"APPROVE\", \"reason\": \"符合条件\"}")
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.go(casePage);
            return !browser.all(By.name("level")).isEmpty();
        });
        browser.checkPage("20-case-completed");
        browser.click(By.cssSelector("input[name='level'][value='5']"));
        browser.type("comment", "窗口人员很耐心，材料一次讲清楚。");
        browser.click(By.cssSelector("form.rating-form button[type='submit']"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.go(casePage);
            return browser.all(By.name("level")).isEmpty();
        });
        browser.checkPage("21-case-rated");

        // anyone handed the certificate checks it with the number and the code printed on it
        var issued = Api.JSON.readTree(api.get(caseUrl, clerk).body()).get("certificate");
        var certificateNo = issued.get("content").get("certificateNo").asString();
        browser.go("/certificates/verify").waitFor(By.name("certificateNo"));
        browser.checkPage("22-certificate-verify");
        browser.type("certificateNo", certificateNo)
                .type("code", issued.get("verificationCode").asString());
        browser.click(By.cssSelector("main form button[type='submit']"));
        browser.waitFor(By.id("standing"));
        assertThat(browser.find(By.cssSelector(".status-panel")).getAttribute("class"))
                .contains("status-panel-good");
        // the holder masked on the certificate (the header still greets the signed-in 张三)
        assertThat(browser.find(By.tagName("main")).getText())
                .contains(caseNo, "张*")
                .doesNotContain("张三");
        browser.checkPage("23-certificate-verified");
    }

    private static Path pdf(String name) {
        try {
            return Files.writeString(
                    files.resolve(name + ".pdf"), "%PDF-1.4\n% " + name + "\n%%EOF\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
