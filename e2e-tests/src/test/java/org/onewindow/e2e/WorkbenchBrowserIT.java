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
 * The staff at work in a real chromium, each signing in on Keycloak's own form: the clerk takes in
 * a counter case and prints its receipt, asks for a supplement, accepts it once the material is
 * in; the department's reviewer records its opinion while another department's reviewer cannot
 * see the case; the approver approves; the supervisor's on-time figure moves. Every screen passes
 * axe, fits a phone and leaves its screenshot (target/screenshots/wb-*).
 */
class WorkbenchBrowserIT {

    /** The workbench's own items: one reviewed by two departments, one for the catalog admin to edit. */
    static final String ITEM = "11530000MB00000012XK00012000971";

    static final String EDITED_ITEM = "11530000MB00000012XK00012000972";

    static LocalStack stack;
    static Api api;
    static Browser browser;
    static Path files;

    @BeforeAll
    static void start() throws IOException {
        stack = E2eStack.get();
        api = new Api(stack.ports());
        browser = Browser.open("http://localhost:" + stack.ports().gateway());
        files = Files.createTempDirectory("onewindow-scans-");
        var admin = api.tokenOf("catalog-admin");
        var guide = Files.readString(
                        Path.of("../catalog-service/src/main/resources/seed/items/01-XK00012000.json"),
                        StandardCharsets.UTF_8)
                .replace(Filing.ITEM, ITEM)
                .replace("出版物零售单位设立审批", "出版物零售单位设立审批（窗口）")
                .replace(
                        "\"reviewDepartments\": [\n    \"publishing\"\n  ]",
                        "\"reviewDepartments\": [\"publishing\", \"radio-tv\"]");
        assertThat(guide).contains("\"radio-tv\"");
        OneWindowFlowIT.publish(api, admin, ITEM, guide);
        OneWindowFlowIT.publish(
                api, admin, EDITED_ITEM, guide.replace(ITEM, EDITED_ITEM).replace("（窗口）", "（事项管理）"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCounterCaseGoesFromTheClerkThroughReviewToTheApproverWhileTheSupervisorWatches() {
        // the supervisor's figure before: cases completed this year by 出版管理处 (the item's department)
        signInAs("supervisor", "郑伟");
        browser.go("/workbench/supervision").waitFor(By.id("warning-red"));
        int completedBefore = completedByPublishing();
        browser.checkPage("wb-00-supervision-dashboard");

        // the clerk: counter intake for 张三, who has come to the hall
        signInAs("clerk", "刘敏");
        browser.checkPage("wb-01-workbench-clerk");
        browser.go("/workbench/counter").waitFor(By.id("q"));
        browser.type("q", "出版物零售");
        browser.click(By.cssSelector("form.counter-search button[type='submit']"));
        browser.waitFor(By.cssSelector("a.choose-item[href$='" + ITEM + "']"));
        browser.checkPage("wb-02-counter-search");
        browser.click(By.cssSelector("a.choose-item[href$='" + ITEM + "']"));
        browser.waitFor(By.id("idNumber"));
        browser.click(By.cssSelector("input[name='applicantType'][value='NATURAL_PERSON']"));
        browser.type("personName", "张三").type("idNumber", "530102198805120039");
        // a mistyped last digit is caught as it is typed, before anything is sent to the API
        browser.waitFor(By.cssSelector("#idNumber-check .number-invalid"));
        browser.field("idNumber").clear();
        browser.type("idNumber", "530102198805120033");
        browser.waitFor(By.cssSelector("#idNumber-check .number-valid"));
        browser.type("phone", "13700137000");
        browser.checkPage("wb-03-counter-applicant");
        browser.click(By.cssSelector("button.start-intake"));
        browser.waitForUrl("/form").waitFor(By.name("unitName"));
        var draft = browser.url().replaceAll("/form.*$", "");
        browser.type("unitName", "新华书店窗口示例店")
                .type("creditCode", "91350100M000100Y43")
                .type("address", "示例市示例路 2 号")
                .type("areaSquareMeters", "80")
                .type("contactPhone", "13700137000");
        new Select(browser.field("premisesOwnership")).selectByValue("OWNED");
        browser.checkPage("wb-04-counter-form");
        browser.click(By.cssSelector("form.application-form button[type='submit']"));
        browser.waitForUrl("/materials").waitFor(By.name("application-form"));
        browser.field("application-form").sendKeys(pdf("application-form").toString());
        browser.field("business-license").sendKeys(pdf("business-license").toString());
        browser.field("premises-proof").sendKeys(pdf("premises-proof").toString());
        browser.click(By.cssSelector("form.upload-form button[type='submit']"));
        browser.waitFor(By.cssSelector(".upload-done"));
        browser.checkPage("wb-05-counter-materials");
        browser.go(draft + "/pre-review").waitFor(By.cssSelector(".pre-review-passed"));
        browser.click(By.cssSelector("a.btn-primary[href$='/check']"));
        browser.waitFor(By.cssSelector("button.counter-submit"));
        browser.click(By.cssSelector("button.counter-submit"));
        browser.waitForUrl("/receipt").waitFor(By.cssSelector(".query-code"));
        var caseNo = browser.find(By.cssSelector(".case-number")).getText().strip();
        assertThat(browser.find(By.cssSelector(".query-code")).getText().strip())
                .hasSize(8);
        assertThat(browser.find(By.cssSelector(".receipt-applicant")).getText()).contains("张三");
        browser.checkPage("wb-06-counter-receipt");

        // the queue: the new case waits for acceptance (it reaches review by its event)
        var row = By.cssSelector("tr.queue-task[data-case-no='" + caseNo + "']");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.go("/workbench/cases");
            return !browser.all(row).isEmpty();
        });
        assertThat(browser.find(row).findElement(By.cssSelector(".task-step")).getText())
                .isEqualTo("待受理");
        browser.checkPage("wb-07-queue-clerk");
        browser.click(By.cssSelector("tr.queue-task[data-case-no='" + caseNo + "'] a.task-link"));
        browser.waitFor(By.cssSelector("form.action-supplement"));
        browser.checkPage("wb-08-case-clerk");

        // one notice for what is missing; it prints
        browser.click(By.cssSelector("input[name='materials'][value='business-license']"));
        browser.type("description-business-license", "营业执照复印件不清晰，请带原件重新扫描");
        browser.click(By.cssSelector("form.action-supplement button[type='submit']"));
        browser.waitFor(By.cssSelector(".case-done"));
        assertThat(browser.find(By.cssSelector(".case-done")).getText()).startsWith("补正通知已发出");
        browser.click(By.cssSelector("a.notice-supplement"));
        browser.waitFor(By.cssSelector(".notice-list"));
        assertThat(browser.text()).contains("补正材料通知书", caseNo, "营业执照复印件不清晰");
        browser.checkPage("wb-09-notice-supplement");

        // she comes back with the licence: the clerk scans it in and the case returns to acceptance
        browser.go("/workbench/cases/" + caseNo);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.go("/workbench/cases/" + caseNo);
            return !browser.all(By.cssSelector("form.action-handin")).isEmpty();
        });
        browser.field("file-business-license")
                .sendKeys(pdf("business-license-clear").toString());
        browser.checkPage("wb-10-case-handin");
        browser.click(By.cssSelector("form.action-handin button[type='submit']"));
        browser.waitFor(By.cssSelector(".case-done"));
        assertThat(browser.find(By.cssSelector(".case-done")).getText()).isEqualTo("补正材料已收取，办件已重新提交受理。");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.go("/workbench/cases/" + caseNo);
            return !browser.all(By.cssSelector("button#accept")).isEmpty();
        });
        browser.click(By.cssSelector("button#accept"));
        browser.waitFor(By.cssSelector(".case-done"));
        assertThat(browser.find(By.cssSelector(".case-done")).getText()).startsWith("已受理");
        browser.checkPage("wb-11-case-accepted");
        browser.click(By.cssSelector("a.notice-acceptance"));
        browser.waitForText("受理通知书");
        browser.checkPage("wb-12-notice-acceptance");

        // the departments that review it; another department sees nothing, in the queue or by address
        var departments = Api.JSON
                .readTree(api.get("/api/review/cases/" + caseNo, api.tokenOf("clerk"))
                        .body())
                .get("reviewCase")
                .get("reviewDepartments")
                .valueStream()
                .map(node -> node.asString())
                .toList();
        var outsider = REVIEWERS.keySet().stream()
                .filter(department -> !departments.contains(department))
                .findFirst()
                .orElseThrow();
        signInAs(REVIEWERS.get(outsider)[0], REVIEWERS.get(outsider)[1]);
        browser.go("/workbench/cases").waitFor(By.id("queue"));
        assertThat(browser.all(row)).isEmpty();
        browser.go("/workbench/cases/" + caseNo).waitFor(By.tagName("h1"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("没有找到这个页面");
        assertThat(browser.all(By.cssSelector("form.action-form"))).isEmpty();

        for (var department : departments) {
            var reviewer = REVIEWERS.get(department);
            signInAs(reviewer[0], reviewer[1]);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                browser.go("/workbench/cases");
                return !browser.all(row).isEmpty();
            });
            browser.checkPage("wb-13-queue-" + department);
            browser.go("/workbench/cases/" + caseNo).waitFor(By.cssSelector("form.action-opinion"));
            browser.click(By.id("favourable-true"));
            browser.type("opinion", "材料齐全，符合设立条件，同意。");
            browser.click(By.cssSelector("form.action-opinion button[type='submit']"));
            browser.waitFor(By.cssSelector(".case-done"));
            assertThat(browser.find(By.cssSelector(
                                    ".department-opinion[data-department='" + department + "'] .opinion-verdict"))
                            .getText())
                    .isEqualTo("同意");
            browser.checkPage("wb-14-case-opinion-" + department);
        }

        // the approver decides
        signInAs("approver", "周建华");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.go("/workbench/cases/" + caseNo);
            return !browser.all(By.cssSelector("form.action-decision")).isEmpty();
        });
        browser.checkPage("wb-15-case-approver");
        browser.click(By.id("decision-APPROVE"));
        browser.type("decisionReason", "经审查，符合出版物零售单位设立条件，准予许可。");
        browser.click(By.cssSelector("form.action-decision button[type='submit']"));
        browser.waitFor(By.cssSelector(".case-done"));
        assertThat(browser.find(By.cssSelector(".case-decision")).getText()).startsWith("准予许可");
        browser.checkPage("wb-16-case-approved");

        // the supervisor sees the case counted (the figures reach disclosure by events)
        signInAs("supervisor", "郑伟");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.go("/workbench/supervision").waitFor(By.id("warning-red"));
            return completedByPublishing() == completedBefore + 1;
        });
        assertThat(browser.find(By.id("on-time-publishing")).getText()).endsWith("%");
        browser.checkPage("wb-17-supervision-dashboard-after");
        browser.click(By.cssSelector("#on-time-departments-table tbody th a[href*='department=publishing']"));
        browser.waitFor(By.id("cases-total"));
        browser.checkPage("wb-18-supervision-cases");
        browser.go("/workbench/supervision/calendar/2030").waitFor(By.cssSelector("button.save-calendar"));
        browser.checkPage("wb-19-supervision-calendar");
        browser.go("/workbench/supervision/dead-letters").waitFor(By.id("review"));
        browser.checkPage("wb-19-supervision-dead-letters");
        browser.go("/workbench/supervision/provincial").waitFor(By.tagName("h1"));
        browser.checkPage("wb-19-supervision-provincial");
    }

    /** 出版管理处's cases completed this year; the department has no row before its first. */
    private static int completedByPublishing() {
        var cell = browser.all(By.id("completed-publishing"));
        if (cell.isEmpty()) {
            return 0;
        }
        var text = cell.get(0).getText().replaceAll("[^0-9]", "");
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    /** Each review department's demo reviewer: username and name. */
    static final java.util.Map<String, String[]> REVIEWERS = java.util.Map.of(
            "publishing", new String[] {"reviewer-pub", "陈静"},
            "radio-tv", new String[] {"reviewer-rtv", "赵强"},
            "printing", new String[] {"reviewer-prt", "孙丽"});

    @Test
    void theCatalogAdminSeesEveryProblemAtOncePublishesV2AndReadsTheDiff() {
        signInAs("catalog-admin", "吴婷");
        browser.go("/workbench/catalog").waitFor(By.cssSelector("tr.item-row"));
        var itemRow = "tr.item-row[data-code='" + EDITED_ITEM + "']";
        assertThat(browser.find(By.cssSelector(itemRow + " .status-badge")).getText())
                .isEqualTo("已发布");
        browser.checkPage("wb-20-catalog-list");
        browser.click(By.cssSelector(itemRow + " a.edit-link"));
        browser.waitFor(By.id("g-name"));
        browser.checkPage("wb-21-catalog-editor");

        // two mistakes: both told at once, beside their fields, nothing typed lost
        browser.field("name").clear();
        browser.field("promisedLimitDays").clear();
        browser.type("promisedLimitDays", "30");
        browser.click(By.cssSelector("button.save-draft"));
        browser.waitFor(By.cssSelector(".error-summary"));
        assertThat(browser.all(By.cssSelector(".error-summary a")))
                .extracting(link -> link.getAttribute("href").replaceAll("^.*#", "#"))
                .contains("#g-name", "#g-promisedLimitDays");
        assertThat(browser.find(By.id("g-name-error")).getText()).isNotBlank();
        assertThat(browser.find(By.id("g-promisedLimitDays-error")).getText()).contains("承诺时限不能超过法定时限");
        assertThat(browser.field("promisedLimitDays").getAttribute("value")).isEqualTo("30");
        browser.checkPage("wb-22-catalog-problems");

        browser.type("name", "出版物零售单位设立审批（事项管理）");
        browser.field("promisedLimitDays").clear();
        browser.type("promisedLimitDays", "8");
        browser.click(By.cssSelector("button.save-draft"));
        browser.waitFor(By.cssSelector(".confirmation"));
        browser.click(By.cssSelector("button.publish-button"));
        browser.waitForUrl("/versions").waitFor(By.cssSelector(".version-line[data-version='2']"));
        browser.checkPage("wb-23-catalog-versions");

        browser.click(By.cssSelector(".version-line[data-version='2'] a.diff-link"));
        browser.waitFor(By.cssSelector("section.diff-element[data-element='promisedLimitDays']"));
        var change = "section.diff-element[data-element='promisedLimitDays'] ";
        assertThat(browser.find(By.cssSelector(change + ".diff-removed")).getText())
                .isEqualTo("删除 10");
        assertThat(browser.find(By.cssSelector(change + ".diff-added")).getText())
                .isEqualTo("新增 8");
        browser.checkPage("wb-24-catalog-diff");

        // what citizens now read is version 2
        assertThat(api.get("/api/catalog/items/" + EDITED_ITEM, null).body()).contains("\"promisedLimitDays\":8");
    }

    /** The words of a text kept as written (the diff keeps its lines' white space), one space apart. */
    private static String words(String text) {
        // U+00A0 too: a diff shows the spaces it keeps as no-break spaces
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    /** Signs out whoever is signed in (RP logout at Keycloak too), then signs this member of staff in. */
    private static void signInAs(String username, String name) {
        browser.go("/");
        if (!browser.all(By.cssSelector("form.sign-out button")).isEmpty()) {
            browser.click(By.cssSelector("form.sign-out button"));
            browser.waitFor(By.cssSelector("a.sign-in"));
        }
        browser.go("/workbench").waitFor(By.id("kc-login"));
        browser.type("username", username).type("password", "demo").click(By.id("kc-login"));
        browser.waitForUrl("/workbench").waitForText(name);
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
