package org.onewindow.e2e.fuzz;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What exists before the fuzz starts, so that its requests reach past "not found" into the
 * services' checks: drafts of the applicant (one per operation that changes a draft, since an
 * accepted boundary value may withdraw it), one of applicant2's, a submitted case in review and
 * the sample item.
 *
 * @param ownDrafts the applicant's (张三) drafts
 * @param strangersDraft applicant2's (李四) draft, tried with the applicant's token
 * @param caseNo the applicant's submitted case, which review-service has taken in
 * @param examples bodies by operation key, for bodies the documents leave open (a form is checked
 *     against its item's own schema, which no OpenAPI document knows)
 */
public record Fixtures(
        List<UUID> ownDrafts, UUID strangersDraft, String caseNo, String itemCode, Map<String, String> examples) {

    public Fixtures {
        if (ownDrafts.isEmpty()) {
            throw new IllegalArgumentException("at least one draft of the applicant's");
        }
        ownDrafts = List.copyOf(ownDrafts);
        examples = Map.copyOf(examples);
    }

    /** How many of the applicant's drafts the operations want: one for each that takes an application id. */
    public static int draftsWanted(List<Operation> operations) {
        return (int)
                Math.max(1, operations.stream().filter(Samples::takesOwnDraft).count());
    }
}
