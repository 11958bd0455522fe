package org.onewindow.review.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.review.sharing.AccessRules.Decision;
import org.onewindow.review.sharing.DirectoryEntry.Attribute;

/** Issue 18: access follows the directory. */
class AccessRulesTest {

    static final String CODE = "11530000MB00000012/00001";
    static final SharingGrant GRANTED = new SharingGrant("sharing-demo", Set.of(CODE), Set.of(), Set.of());
    static final SharingGrant NOT_GRANTED = new SharingGrant("other", Set.of("11530000MB00000012/00004"), Set.of(), Set.of());

    static DirectoryEntry entry(Attribute sharing) {
        return new DirectoryEntry(CODE, "出版物经营许可证信息", sharing);
    }

    @Test
    void unconditionalSharingAnswersEverySharingClientWithOrWithoutAPurpose() {
        assertThat(AccessRules.decide(CODE, entry(Attribute.UNCONDITIONAL), NOT_GRANTED, null))
                .isEqualTo(new Decision.Answer(false));
        assertThat(AccessRules.decide(CODE, entry(Attribute.UNCONDITIONAL), GRANTED, "核验"))
                .isEqualTo(new Decision.Answer(false));
    }

    @Test
    void conditionalSharingAnswersOnlyAGrantedClientThatStatesItsPurpose() {
        assertThat(AccessRules.decide(CODE, entry(Attribute.CONDITIONAL), GRANTED, "审批核验"))
                .isEqualTo(new Decision.Answer(false));
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
        var everything = new SharingGrant("sharing-demo", Set.of(CODE), Set.of(CODE), Set.of());
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
    void identityNumbersLeaveUnmaskedOnlyWhereTheGrantSaysSo() {
        var unmasked = new SharingGrant("sharing-demo", Set.of(CODE), Set.of(CODE), Set.of());
        assertThat(AccessRules.decide(CODE, entry(Attribute.CONDITIONAL), unmasked, "审批核验"))
                .isEqualTo(new Decision.Answer(true));
        assertThat(AccessRules.decide(CODE, entry(Attribute.UNCONDITIONAL), unmasked, null))
                .isEqualTo(new Decision.Answer(true));
        assertThat(AccessRules.decide(CODE, entry(Attribute.UNCONDITIONAL), GRANTED, null))
                .isEqualTo(new Decision.Answer(false));
    }

    @Test
    void aPurposeInChineseComesPercentEncodedAndIsBounded() {
        assertThat(Sharing.purpose("%E5%AE%A1%E6%89%B9%E6%A0%B8%E9%AA%8C")).isEqualTo("审批核验");
        assertThat(Sharing.purpose("licence check")).isEqualTo("licence check");
        assertThat(Sharing.purpose(null)).isNull();
        assertThat(Sharing.purpose(" ")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Sharing.purpose("x".repeat(201)))
                .isInstanceOf(org.onewindow.platform.web.ProblemException.class);
    }
}
