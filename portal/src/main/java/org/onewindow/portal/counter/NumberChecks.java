package org.onewindow.portal.counter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.onewindow.portal.publicapi.PageLocale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The identity number and the credit code checked as the clerk types them, in the words the form
 * shows after posting: a number that is right says so (with the birth date, to compare with the
 * card); one that is still being typed says how far it is; one that cannot be right says why.
 */
@Component
class NumberChecks {

    private final MessageSource messages;

    NumberChecks(MessageSource messages) {
        this.messages = messages;
    }

    NumberCheck idNumber(String typed, LocalDate today) {
        var number = IdentityNumber.normalise(typed);
        var verdict = IdentityNumber.check(number, today);
        return switch (verdict) {
            case BLANK -> NumberCheck.nothing();
            case VALID -> {
                var born = IdentityNumber.birthDate(number)
                        .format(DateTimeFormatter.ofPattern(text("counter.format.date"), PageLocale.current()));
                yield new NumberCheck("valid", text("counter.check.idNumber.valid", born));
            }
            default ->
                number.length() < IdentityNumber.LENGTH && number.matches("[0-9]+")
                        ? incomplete(number.length())
                        : new NumberCheck("invalid", text("counter.identity.idNumber." + verdict));
        };
    }

    NumberCheck creditCode(String typed) {
        var code = CreditCode.normalise(typed);
        var verdict = CreditCode.check(code);
        return switch (verdict) {
            case BLANK -> NumberCheck.nothing();
            case VALID -> new NumberCheck("valid", text("counter.check.creditCode.valid"));
            default ->
                code.length() < CreditCode.LENGTH && code.chars().allMatch(c -> CreditCode.CHARACTERS.indexOf(c) >= 0)
                        ? incomplete(code.length())
                        : new NumberCheck("invalid", text("counter.identity.creditCode." + verdict));
        };
    }

    private NumberCheck incomplete(int typed) {
        // as text: MessageFormat would not group it, but the count reads as the clerk typed it
        return new NumberCheck("incomplete", text("counter.check.incomplete", String.valueOf(typed)));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, PageLocale.current());
    }
}
