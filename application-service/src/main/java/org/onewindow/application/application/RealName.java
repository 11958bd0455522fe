package org.onewindow.application.application;

import java.util.List;
import java.util.Locale;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * In whose name an application is filed (实名申报). Online, a natural person files only as herself:
 * her name, identity number and phone come from the token's verified claims, never from the request.
 * A legal person's online application names the unit as the request gives it (its credit code), and
 * the signed-in person as its agent. Clerks and the provincial platform file for the people who
 * identified themselves to them, as the request says.
 */
final class RealName {

    static final String FOR_SOMEONE_ELSE =
            "an online applicant files in their own name; to file for someone else, go to the service hall";
    static final String NO_VERIFIED_IDENTITY = "this account has no verified identity (实名认证), and an online"
            + " application is filed in the name the account verified; verify your identity, or file at the service hall";

    private RealName() {}

    record Filing(ApplicantInput applicant, Agent agent) {}

    static Filing of(Channel channel, Caller caller, ApplicantInput requested) {
        if (channel != Channel.ONLINE) {
            return new Filing(requested, null);
        }
        var idNumber = caller.idNumber()
                .orElseThrow(() -> forbidden("no-verified-identity", NO_VERIFIED_IDENTITY))
                .toUpperCase(Locale.ROOT);
        if (requested != null && requested.type() == ApplicantInput.ApplicantType.LEGAL_PERSON) {
            return new Filing(requested, new Agent(caller.name().orElse(null), idNumber));
        }
        if (requested != null
                && requested.idNumber() != null
                && !requested.idNumber().isBlank()
                && !requested.idNumber().strip().equalsIgnoreCase(idNumber)) {
            throw forbidden("not-own-identity", FOR_SOMEONE_ELSE);
        }
        var name = caller.name().orElse(requested == null ? null : requested.name());
        var phone = caller.phone().orElse(requested == null ? null : requested.phone());
        return new Filing(new ApplicantInput(ApplicantInput.ApplicantType.NATURAL_PERSON, name, idNumber, phone), null);
    }

    private static ProblemException forbidden(String slug, String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, slug, detail, List.of());
    }
}
