package org.onewindow.application.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.security.Caller;

/** Who sees an application: its filer, the staff of its departments, and the platform of its region. */
class AccessTest {

    static final String YUNNAN_ITEM = "11530000MB00000012XK00012000001";
    static final String KUNMING_ITEM = "11530100MB0000001XXK00012000001";
    static final String GUANGDONG_ITEM = "11440000MB0000001XXK00012000001";

    static Application filedBy(String subject, String itemCode) {
        return filedBy(subject, itemCode, ApplicationStatus.SUBMITTED);
    }

    static Application filedBy(String subject, String itemCode, ApplicationStatus status) {
        return new Application(
                UUID.randomUUID(),
                itemCode,
                1,
                "出版物零售单位设立审批",
                "publishing",
                List.of("publishing"),
                Channel.ONLINE,
                status,
                subject,
                subject,
                "applicant",
                null,
                null,
                null,
                "X",
                null,
                null,
                null,
                null,
                OffsetDateTime.now(),
                List.of(),
                null,
                null,
                null);
    }

    static Caller platform(String region) {
        return new Caller(
                "service-account-provincial-platform",
                "service-account-provincial-platform",
                Set.of("provincial-platform"),
                Optional.empty(),
                Optional.ofNullable(region));
    }

    @Test
    void thePlatformSeesItsRegionsCasesAndWhatItFiled() {
        var access = new Access(null);
        assertThat(access.canSee(filedBy("someone", YUNNAN_ITEM), platform("530000")))
                .isTrue();
        assertThat(access.canSee(filedBy("someone", KUNMING_ITEM), platform("530000")))
                .as("a city within the province")
                .isTrue();
        assertThat(access.canSee(filedBy("someone", YUNNAN_ITEM), platform("530100")))
                .as("a city platform does not see the province's own cases")
                .isFalse();
        assertThat(access.canSee(filedBy("someone", GUANGDONG_ITEM), platform("530000")))
                .isFalse();
        assertThat(access.canSee(filedBy("someone", YUNNAN_ITEM), platform(null)))
                .isFalse();
        assertThat(access.canSee(filedBy("service-account-provincial-platform", GUANGDONG_ITEM), platform("530000")))
                .as("what it filed, wherever")
                .isTrue();
    }

    @Test
    void aDraftIsSeenByItsFilerAloneNotByStaffOrThePlatformOfItsRegion() {
        var access = new Access(null);
        var draft = filedBy("someone", YUNNAN_ITEM, ApplicationStatus.DRAFT);
        var hallClerk = new Caller("clerk", "clerk", Set.of("clerk"), Optional.of("service-hall"), Optional.empty());

        assertThat(access.canSee(draft, hallClerk)).isFalse();
        assertThat(access.canSee(draft, platform("530000"))).isFalse();
        assertThat(access.canSee(
                        draft,
                        new Caller("someone", "someone", Set.of("applicant"), Optional.empty(), Optional.empty())))
                .isTrue();
        assertThat(access.canSee(filedBy("clerk", YUNNAN_ITEM, ApplicationStatus.DRAFT), hallClerk))
                .as("the clerk filing it at the counter")
                .isTrue();
        assertThat(access.canSee(filedBy("someone", YUNNAN_ITEM), hallClerk))
                .as("once submitted")
                .isTrue();
    }

    @Test
    void aRegionClaimMeansNothingWithoutThePlatformRole() {
        var applicant = new Caller("a", "a", Set.of("applicant"), Optional.empty(), Optional.of("530000"));
        assertThat(new Access(null).canSee(filedBy("someone", YUNNAN_ITEM), applicant))
                .isFalse();
    }

    @Test
    void divisionsNest() {
        assertThat(Regions.contains("530000", "530102")).isTrue();
        assertThat(Regions.contains("530100", "530102")).isTrue();
        assertThat(Regions.contains("530102", "530102")).isTrue();
        assertThat(Regions.contains("530100", "530200")).isFalse();
        assertThat(Regions.contains("53", "530102")).isFalse();
        assertThat(Regions.divisionOf(YUNNAN_ITEM)).isEqualTo("530000");
        assertThat(Regions.divisionOf("short")).isEmpty();
    }
}
