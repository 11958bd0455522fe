package org.onewindow.review.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.review.sharing.AccessRules.Decision;
import org.onewindow.review.sharing.DirectoryEntry.Attribute;

/** Issue 18: access follows the directory. */
class AccessRulesTest {

    static final String CODE = "11530000MB00000012/00001";
    static final SharingGrant GRANTED = new SharingGrant("sharing-demo", Set.of(CODE), Set.of());
    static final SharingGrant NOT_GRANTED = new SharingGrant("other", Set.of("11530000MB00000012/00004"), Set.of());

    static DirectoryEntry entry(Attribute sharing) {
        return new DirectoryEntry(CODE, "出版物经营许可证信息", sharing);
    }

    @Test
    void unconditionalSharingAnswersEverySharingClientWithOrWithoutAPurpose() {
        assertThat(AccessRules.decide(CODE, entry(Attribute.UNCONDITIONAL), NOT_GRANTED, null))
                .isEqualTo(new Decision.Answer());
        assertThat(AccessRules.decide(CODE, entry(Attribute.UNCONDITIONAL), GRANTED, "核验"))
                .isEqualTo(new Decision.Answer());
    }

    @Test
    void conditionalSharingAnswersOnlyAGrantedClientThatStatesItsPurpose() {
        assertThat(AccessRules.decide(CODE, entry(Attribute.CONDITIONAL), GRANTED, "审批核验"))
                .isEqualTo(new Decision.Answer());
        assertThat(AccessRules.decide(CODE, entry(Attribute.CONDITIONAL), GRANTED, null))
                .isInstanceOfSatisfying(
                        Decision.Refusal.class, r -> assertThat(r.reason()).contains("X-Purpose"));
        assertThat(AccessRules.decide(CODE, entry(Attribute.CONDITIONAL), GRANTED, "  "))
                .isInstanceOf(Decision.Refusal.class);
        assertThat(AccessRules.decide(CODE, entry(Attribute.CONDITIONAL), NOT_GRANTED, "审批核验"))
                .isInstanceOfSatisfying(
                        Decision.Refusal.class, r -> assertThat(r.reason()).contains("not granted"));
    }

    @Test
    void aResourceNotSharedIsNeverAnsweredNotEvenToAGrantedClientWithAPurpose() {
        var everything = new SharingGrant("sharing-demo", Set.of(CODE), Set.of());
        assertThat(AccessRules.decide(CODE, entry(Attribute.NOT_SHARED), everything, "审批核验"))
                .isInstanceOfSatisfying(
                        Decision.Refusal.class, r -> assertThat(r.reason()).contains("不予共享"));
    }

    @Test
    void whatTheDirectoryDoesNotListIsRefused() {
        assertThat(AccessRules.decide(CODE, null, GRANTED, "审批核验")).isInstanceOf(Decision.Refusal.class);
        assertThat(AccessRules.decide(null, null, GRANTED, "审批核验")).isInstanceOf(Decision.Refusal.class);
    }

    @Test
    void aPurposeIsAGrantedCodeThenADescriptionPercentEncodedAndBounded() {
        var problems = new java.util.ArrayList<org.onewindow.platform.web.FieldProblem>();
        assertThat(Purpose.parse("licence-check%20%E5%AE%A1%E6%89%B9%E6%A0%B8%E9%AA%8C", problems))
                .isEqualTo(new Purpose("licence-check", "licence-check 审批核验"));
        assertThat(Purpose.parse("licence-check", problems)).isEqualTo(new Purpose("licence-check", "licence-check"));
        assertThat(Purpose.parse(null, problems)).isNull();
        assertThat(Purpose.parse(" ", problems)).isNull();
        assertThat(problems).isEmpty();
        assertThat(Purpose.parse("x".repeat(201), problems)).isNull();
        assertThat(Purpose.parse("%E5%AE%A1%E6%89%B9", problems)).isNull();
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p.field()).isEqualTo("X-Purpose"));
        assertThat(new Purpose("licence-check", "licence-check").grantedTo(GRANTED))
                .isFalse();
        assertThat(new Purpose("licence-check", "licence-check")
                        .grantedTo(new SharingGrant("sharing-demo", Set.of(), Set.of("licence-check"))))
                .isTrue();
    }
}
