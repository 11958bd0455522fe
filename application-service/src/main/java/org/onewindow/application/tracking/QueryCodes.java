package org.onewindow.application.tracking;

import org.onewindow.application.application.Channel;
import org.onewindow.platform.codes.KeyedCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The query code (查询码) printed on a counter or provincial case's receipt, with which a person
 * without an account follows and rates their own case: a {@link KeyedCode} of the case number,
 * eight characters (about 39 bits; guesses are throttled).
 */
@Component
public class QueryCodes {

    static final int LENGTH = 8;

    private final KeyedCode codes;

    QueryCodes(@Value("${onewindow.privacy.query-code-key}") String key) {
        this.codes = new KeyedCode(key, LENGTH);
    }

    /** The code of a case filed for someone without an account; none for an online applicant's own case. */
    public String forChannel(Channel channel, String caseNo) {
        return channel == Channel.ONLINE ? null : codes.of(caseNo);
    }

    boolean matches(String caseNo, String code) {
        return codes.matches(caseNo, code);
    }
}
