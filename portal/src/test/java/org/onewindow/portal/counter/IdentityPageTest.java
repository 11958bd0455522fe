package org.onewindow.portal.counter;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Who the person at the window is: checked as it is typed (htmx) and again on the server, every
 * problem at once, then the draft created as the API expects a counter case's applicant.
 */
class IdentityPageTest extends CounterTestSupport {

    static final String ITEM = "/workbench/counter/items/" + RETAIL;

    @Test
    void asksForThePersonOrTheUnitTheItemServesWithALabelForEveryInput() throws Exception {
        item();

        var page = getPage(ITEM);

        assertThat(page.selectFirst("h1").text()).isEqualTo("申请人信息");
        assertThat(page.select("input[name=applicantType]").eachAttr("value"))
                .containsExactly("NATURAL_PERSON", "LEGAL_PERSON");
        for (var name : new String[] {"personName", "idNumber", "unitName", "creditCode", "phone"}) {
            assertThat(page.select("input[name=" + name + "]#" + name)).as(name).hasSize(1);
        }
        for (Element input : page.select("main input:not([type=hidden])")) {
            assertThat(page.select("label[for=" + input.id() + "]"))
                    .as("label of %s", input)
                    .hasSize(1);
        }
        var idNumber = page.selectFirst("#idNumber");
        assertThat(idNumber.attr("hx-post")).isEqualTo("/workbench/counter/identity/id-number");
        assertThat(idNumber.attr("hx-trigger")).isEqualTo("keyup changed delay:400ms");
        assertThat(idNumber.attr("hx-target")).isEqualTo("#idNumber-check");
        assertThat(idNumber.attr("aria-describedby")).contains("idNumber-check");
        assertThat(page.selectFirst("#idNumber-check").attr("aria-live")).isEqualTo("polite");
        assertThat(page.selectFirst("#creditCode").attr("hx-post"))
                .isEqualTo("/workbench/counter/identity/credit-code");
        assertThat(page.selectFirst("form.identity-form").attr("action")).isEqualTo(ITEM);
        assertThat(page.select("main [style], main script:not([src])")).isEmpty();
    }

    @Test
    void theIdentityNumberIsCheckedAsItIsTyped() throws Exception {
        assertThat(idNumberCheck("530102198805120033").hasClass("number-valid")).isTrue();
        assertThat(idNumberCheck("530102198805120033").text()).contains("号码有效", "1988年5月12日");
        assertThat(idNumberCheck("530102198805120034").hasClass("number-invalid"))
                .isTrue();
        assertThat(idNumberCheck("530102198805120034").text()).contains("校验位");
        assertThat(idNumberCheck("530102198802300033").text()).contains("出生日期不对");
        assertThat(idNumberCheck("5301021988").text()).isEqualTo("已输入10位，共18位。");
        assertThat(idNumberCheck("53010219880512003A").text()).contains("18位");
        assertThat(idNumberCheck("   ")).as("nothing typed, nothing said").isNull();
    }

    @Test
    void theCreditCodeIsCheckedAsItIsTyped() throws Exception {
        var code = CreditCodeTest.withCheck("91530102MA6K3L2X1");
        var wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');

        assertThat(creditCodeCheck(code.toLowerCase()).text()).contains("代码有效");
        assertThat(creditCodeCheck(wrong).text()).contains("校验位");
        assertThat(creditCodeCheck("91530102").text()).isEqualTo("已输入8位，共18位。");
    }

    @Test
    void everyProblemIsToldAtOnceAtTheTopAndBesideItsFieldAndNothingIsCreated() throws Exception {
        item();

        var result = perform(posting(ITEM)
                .param("applicantType", "NATURAL_PERSON")
                .param("personName", " ")
                .param("idNumber", "530102198805120034")
                .param("phone", "1370013700"));
        var page = page(result);

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#personName", "#idNumber", "#phone");
        assertThat(page.selectFirst("#idNumber-error").text()).contains("校验位");
        assertThat(page.selectFirst("#personName-error").text()).contains("请填写申请人的姓名");
        assertThat(page.selectFirst("#phone-error").text()).contains("11位数字");
        assertThat(page.selectFirst("#idNumber").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#idNumber").val()).isEqualTo("530102198805120034");
        assertThat(page.selectFirst("title").text()).startsWith("错误：");
        GATEWAY.verify(0, postRequestedFor(urlEqualTo("/api/applications")));
    }

    @Test
    void aBlankFormAsksForTheTypeAndABirthDateThatIsNoDateIsSaid() throws Exception {
        item();

        var blank = page(perform(posting(ITEM)));
        var badDate = page(perform(posting(ITEM)
                .param("applicantType", "NATURAL_PERSON")
                .param("personName", "张三")
                .param("idNumber", "530102198802300033")));

        assertThat(blank.select(".error-summary a").eachAttr("href")).containsExactly("#applicantType");
        assertThat(blank.selectFirst("#applicantType-error").text()).contains("请选择申请人是个人还是法人");
        assertThat(badDate.select(".error-summary a").eachAttr("href")).containsExactly("#idNumber");
        assertThat(badDate.selectFirst("#idNumber-error").text()).contains("出生日期不对");
        GATEWAY.verify(0, postRequestedFor(urlEqualTo("/api/applications")));
    }

    @Test
    void aPersonAtTheWindowIsTheApplicantTheClerkNames() throws Exception {
        item();
        GATEWAY.stubFor(
                post(urlEqualTo("/api/applications")).willReturn(jsonBody(201, applicationJson("DRAFT", "{}", "[]"))));

        var result = perform(posting(ITEM)
                .param("applicantType", "NATURAL_PERSON")
                .param("personName", " 张三 ")
                .param("idNumber", "５３０１０２１９８８０５１２００３３")
                .param("phone", "137 0013 7000")
                // typed before the clerk switched to 个人: not sent
                .param("unitName", "春城书店有限公司"));

        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        assertThat(result.getResponse().getHeader("Location")).isEqualTo(BASE + "/form");
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/applications"))
                .withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson("""
                        {"itemCode":"%s","applicant":{"type":"NATURAL_PERSON","name":"张三",
                         "idNumber":"530102198805120033","phone":"13700137000"}}
                        """.formatted(RETAIL))));
    }

    @Test
    void aUnitIsNamedByItsCreditCodeAndMayHaveNoPhone() throws Exception {
        item();
        GATEWAY.stubFor(
                post(urlEqualTo("/api/applications")).willReturn(jsonBody(201, applicationJson("DRAFT", "{}", "[]"))));
        var code = CreditCodeTest.withCheck("91530102MA6K3L2X1");

        var result = perform(posting(ITEM)
                .param("applicantType", "LEGAL_PERSON")
                .param("unitName", "春城书店有限公司")
                .param("creditCode", code.toLowerCase())
                .param("phone", ""));

        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/applications"))
                .withRequestBody(equalToJson("""
                        {"itemCode":"%s","applicant":{"type":"LEGAL_PERSON","name":"春城书店有限公司","idNumber":"%s"}}
                        """.formatted(RETAIL, code))));
    }

    @Test
    void theApisProblemsAreToldBesideTheFieldsTheyAreAbout() throws Exception {
        item();
        GATEWAY.stubFor(post(urlEqualTo("/api/applications")).willReturn(problemBody(400, """
                {"type":"urn:onewindow:problem:validation","status":400,"detail":"2 problems",
                 "errors":[{"field":"applicant.idNumber","code":"invalid-id-number","message":"not a valid citizen identity number"},
                           {"field":"applicant.phone","code":"pattern","message":"a mainland mobile number of 11 digits"}]}
                """)));

        var result = perform(posting(ITEM)
                .param("applicantType", "NATURAL_PERSON")
                .param("personName", "张三")
                .param("idNumber", "530102198805120033")
                .param("phone", "13700137000"));
        var page = page(result);

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#idNumber", "#phone");
        assertThat(page.selectFirst("#idNumber-error").text()).contains("系统没有接受这个居民身份证号码");
        assertThat(page.selectFirst("#phone-error").text()).contains("系统没有接受这个手机号码");
        assertThat(page.text()).doesNotContain("not a valid", "mainland");
    }

    @Test
    void aRetiredItemIsSaidAtTheTop() throws Exception {
        item();
        GATEWAY.stubFor(post(urlEqualTo("/api/applications")).willReturn(problemBody(400, """
                {"type":"urn:onewindow:problem:validation","status":400,
                 "errors":[{"field":"itemCode","code":"item-retired","message":"this item is retired"}]}
                """)));

        var page = page(perform(posting(ITEM)
                .param("applicantType", "NATURAL_PERSON")
                .param("personName", "张三")
                .param("idNumber", "530102198805120033")));

        assertThat(page.selectFirst(".error-summary").text()).contains("这个事项现在不能收件");
    }

    private Element idNumberCheck(String typed) throws Exception {
        var answer = page(perform(posting("/workbench/counter/identity/id-number")
                .param("idNumber", typed)
                .header("HX-Request", "true")));
        return answer.selectFirst(".number-verdict");
    }

    private Element creditCodeCheck(String typed) throws Exception {
        var answer = page(perform(posting("/workbench/counter/identity/credit-code")
                .param("creditCode", typed)
                .header("HX-Request", "true")));
        return answer.selectFirst(".number-verdict");
    }
}
