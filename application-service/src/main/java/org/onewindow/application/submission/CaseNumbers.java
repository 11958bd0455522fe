package org.onewindow.application.submission;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.onewindow.platform.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case numbers of DOMAIN.md: implementation code + yyyyMMdd + that item's 4-digit daily sequence.
 * The upsert takes the row's lock, so concurrent submissions of one item wait for each other
 * for that statement's transaction and never share a number.
 */
@Component
class CaseNumbers {

    private final JdbcClient jdbc;

    CaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(String itemCode, LocalDate day) {
        int sequence = jdbc.sql("""
                        insert into case_sequence (item_code, day, last_value) values (:code, :day, 1)
                        on conflict (item_code, day) do update set last_value = case_sequence.last_value + 1
                        returning last_value
                        """)
                .param("code", itemCode)
                .param("day", day)
                .query(Integer.class)
                .single();
        if (sequence > 9999) {
            // the number's four digits (DOMAIN.md) are used up: the submission is refused, its
            // draft and everything else unchanged (this transaction, the sequence's too, rolls back)
            throw ProblemException.conflict("item " + itemCode + " has used all 9999 case numbers of " + day
                    + "; the application is kept as it was and can be submitted again from tomorrow");
        }
        return itemCode + day.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%04d", sequence);
    }
}
