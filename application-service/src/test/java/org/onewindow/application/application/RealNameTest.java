package org.onewindow.application.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.application.application.ApplicantInput.ApplicantType;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** In whose name an application is filed: online as oneself, at the counter or by the province for anyone. */
class RealNameTest {

    static final Caller ZHANG_SAN = new Caller(
            "s-1",
            "applicant",
            Set.of("applicant"),
            Optional.empty(),
            Optional.empty(),
            Optional.of("530102198805120033"),
            Optional.of("13700137000"),
            Optional.of("张三"));
    static final Caller UNVERIFIED = new Caller("s-2", "new", Set.of("applicant"), Optional.empty(), Optional.empty());
    static final ApplicantInput LI_SI =
            new ApplicantInput(ApplicantType.NATURAL_PERSON, "李四", "530102199003071238", "13800138000");

    @Test
    void onlineTheTokensIdentityIsTheApplicantsWhenTheRequestGivesNone() {
        var filing = RealName.of(Channel.ONLINE, ZHANG_SAN, null);
        assertThat(filing.applicant())
                .isEqualTo(new ApplicantInput(ApplicantType.NATURAL_PERSON, "张三", "530102198805120033", "13700137000"));
        assertThat(filing.agent()).isNull();
        assertThat(RealName.of(
                                Channel.ONLINE,
                                ZHANG_SAN,
                                new ApplicantInput(ApplicantType.NATURAL_PERSON, null, null, null))
                        .applicant()
                        .idNumber())
                .isEqualTo("530102198805120033");
    }

    @Test
    void onlineHerOwnNumberIsAcceptedAndTheVerifiedNameAndPhoneRecorded() {
        var own = new ApplicantInput(ApplicantType.NATURAL_PERSON, "张 三", "530102198805120033", "13900000000");
        assertThat(RealName.of(Channel.ONLINE, ZHANG_SAN, own).applicant())
                .isEqualTo(new ApplicantInput(ApplicantType.NATURAL_PERSON, "张三", "530102198805120033", "13700137000"));
    }

    @Test
    void onlineAnotherPersonsNumberIsForbiddenWithTheReason() {
        assertThatThrownBy(() -> RealName.of(Channel.ONLINE, ZHANG_SAN, LI_SI))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.slug()).isEqualTo("not-own-identity");
                    assertThat(e.getMessage()).contains("own name", "service hall");
                });
    }

    @Test
    void onlineAnAccountWithoutAVerifiedIdentityFilesNothing() {
        for (var requested : new ApplicantInput[] {
            null, LI_SI, new ApplicantInput(ApplicantType.LEGAL_PERSON, "示例公司", "91350100M000100Y43", null)
        }) {
            assertThatThrownBy(() -> RealName.of(Channel.ONLINE, UNVERIFIED, requested))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                        assertThat(e.slug()).isEqualTo("no-verified-identity");
                    });
        }
    }

    @Test
    void onlineALegalPersonIsFiledAsGivenWithTheSignedInPersonAsAgent() {
        var unit = new ApplicantInput(ApplicantType.LEGAL_PERSON, "示例图书批发有限公司", "91350100M000100Y43", "13800000000");
        var filing = RealName.of(Channel.ONLINE, ZHANG_SAN, unit);
        assertThat(filing.applicant()).isEqualTo(unit);
        assertThat(filing.agent()).isEqualTo(new Agent("张三", "530102198805120033"));
    }

    @Test
    void atTheCounterAndFromTheProvinceTheRequestNamesTheApplicant() {
        var clerk = new Caller("c", "clerk", Set.of("clerk"), Optional.of("service-hall"), Optional.empty());
        for (var channel : new Channel[] {Channel.WINDOW, Channel.PROVINCIAL}) {
            var filing = RealName.of(channel, clerk, LI_SI);
            assertThat(filing.applicant()).isEqualTo(LI_SI);
            assertThat(filing.agent()).isNull();
        }
    }
}
