package org.onewindow.portal.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.portal.counter.CreditCode.Verdict;

/** GB 32100's check character as properties over many generated codes (seeded, so a failure repeats). */
class CreditCodeTest {

    /** The standard's table of weights, as an oracle independent of the checker's arithmetic. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final Random random = new Random(32100);

    @Test
    void everyCodeMadeWithTheStandardsTableIsValid() {
        for (int i = 0; i < 5_000; i++) {
            var code = generated();
            assertThat(CreditCode.check(code)).as(code).isEqualTo(Verdict.VALID);
        }
    }

    @Test
    void noSingleMistypedCharacterIsValid() {
        for (int i = 0; i < 2_000; i++) {
            var code = generated();
            int at = random.nextInt(18);
            char typed;
            do {
                typed = CreditCode.CHARACTERS.charAt(random.nextInt(31));
            } while (typed == code.charAt(at));
            var mistyped = code.substring(0, at) + typed + code.substring(at + 1);
            assertThat(CreditCode.check(mistyped)).as(mistyped).isEqualTo(Verdict.CHECK);
        }
    }

    @Test
    void aLicencesCodeIsTypedAsPeopleTypeIt() {
        var code = withCheck("91530102MA6K3L2X1");

        assertThat(CreditCode.check(code)).isEqualTo(Verdict.VALID);
        assertThat(CreditCode.check(" " + code.toLowerCase() + " ")).isEqualTo(Verdict.VALID);
        assertThat(CreditCode.normalise("９１５３０１０２ma6k")).isEqualTo("91530102MA6K");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91530102MA6K3L2X1", "91530102MA6K3L2X1QQ", "91530102MA6K3L2XIQ", "91530102MA6K3L2XOQ"})
    void aCodeOfTheWrongLengthOrWithLettersItNeverHasIsTheShapes(String code) {
        assertThat(CreditCode.check(code)).isEqualTo(Verdict.SHAPE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void nothingTypedIsBlank(String typed) {
        assertThat(CreditCode.check(typed)).isEqualTo(Verdict.BLANK);
    }

    private String generated() {
        var first17 = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            first17.append(CreditCode.CHARACTERS.charAt(random.nextInt(31)));
        }
        return withCheck(first17.toString());
    }

    static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CreditCode.CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + CreditCode.CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}
