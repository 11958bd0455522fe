package org.onewindow.portal.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.portal.counter.IdentityNumber.Verdict;

/**
 * GB 11643's checks as properties over many generated numbers (seeded, so a failure repeats): every
 * number made with the standard's table is valid, and no single mistyped character or swap of two
 * neighbours is, as MOD 11-2 promises.
 */
class IdentityNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    /** The standard's own table, as an oracle independent of the checker's arithmetic. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private static final String CHECKS = "10X98765432";

    private final Random random = new Random(11643);

    @Test
    void theDemoApplicantsNumberIsValidAndBornOnHerBirthday() {
        assertThat(IdentityNumber.check("530102198805120033", TODAY)).isEqualTo(Verdict.VALID);
        assertThat(IdentityNumber.birthDate("530102198805120033")).isEqualTo(LocalDate.of(1988, 5, 12));
    }

    @Test
    void everyNumberMadeWithTheStandardsTableIsValid() {
        for (int i = 0; i < 5_000; i++) {
            var number = generated();
            assertThat(IdentityNumber.checkCharacter(number)).as(number).isEqualTo(number.charAt(17));
            assertThat(IdentityNumber.check(number, TODAY)).as(number).isEqualTo(Verdict.VALID);
        }
    }

    @Test
    void noSingleMistypedCharacterIsValid() {
        for (int i = 0; i < 2_000; i++) {
            var number = generated();
            int at = random.nextInt(18);
            var wrong = at == 17 ? "0123456789X" : "0123456789";
            char typed;
            do {
                typed = wrong.charAt(random.nextInt(wrong.length()));
            } while (typed == number.charAt(at));
            var mistyped = number.substring(0, at) + typed + number.substring(at + 1);
            assertThat(IdentityNumber.check(mistyped, TODAY)).as(mistyped).isNotEqualTo(Verdict.VALID);
        }
    }

    @Test
    void noSwapOfTwoDifferentNeighboursIsValid() {
        for (int i = 0; i < 2_000; i++) {
            var number = generated();
            int at = random.nextInt(17);
            if (number.charAt(at) == number.charAt(at + 1)) {
                continue;
            }
            var swapped =
                    number.substring(0, at) + number.charAt(at + 1) + number.charAt(at) + number.substring(at + 2);
            assertThat(IdentityNumber.check(swapped, TODAY)).as(swapped).isNotEqualTo(Verdict.VALID);
        }
    }

    @Test
    void aWrongCheckCharacterIsTheChecksDateAndShapeBeingRight() {
        assertThat(IdentityNumber.check("530102198805120034", TODAY)).isEqualTo(Verdict.CHECK);
        assertThat(IdentityNumber.check("53010219880512003X", TODAY)).isEqualTo(Verdict.CHECK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"530102198802300033", "530102198813010033", "530102189912310033", "530102202612310033"})
    void aBirthDateThatIsNoDateOrNotYetOrTooLongAgoIsTheBirthDates(String number) {
        assertThat(IdentityNumber.check(withCheck(number.substring(0, 17)), TODAY))
                .isEqualTo(Verdict.BIRTH_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"53010219880512003", "5301021988051200333", "53010219880512003Y", "A30102198805120033"})
    void aNumberOfTheWrongShapeIsTheShapes(String number) {
        assertThat(IdentityNumber.check(number, TODAY)).isEqualTo(Verdict.SHAPE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void nothingTypedIsBlank(String typed) {
        assertThat(IdentityNumber.check(typed, TODAY)).isEqualTo(Verdict.BLANK);
    }

    @Test
    void fullWidthDigitsSpacesAndASmallXAreWhatPeopleType() {
        var withX = withCheck("11010519491231002");
        assertThat(withX).endsWith("X");

        assertThat(IdentityNumber.normalise("５３０１０２ 1988 0512 0033")).isEqualTo("530102198805120033");
        assertThat(IdentityNumber.check("５３０１０２１９８８０５１２００３３", TODAY)).isEqualTo(Verdict.VALID);
        assertThat(IdentityNumber.check(withX.toLowerCase(), TODAY)).isEqualTo(Verdict.VALID);
    }

    /** A random place, a real birth date since 1900, a random sequence, and the table's check character. */
    private String generated() {
        var born = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(46_000));
        var first17 = "%06d%04d%02d%02d%03d"
                .formatted(
                        110000 + random.nextInt(800000),
                        born.getYear(),
                        born.getMonthValue(),
                        born.getDayOfMonth(),
                        random.nextInt(1000));
        return withCheck(first17);
    }

    private static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECKS.charAt(sum % 11);
    }
}
