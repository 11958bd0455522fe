package org.onewindow.review.sharing;

/**
 * Whether a sharing client is answered about a resource, as the directory says (云政发〔2017〕83号):
 * unconditional sharing to every sharing client; conditional sharing only to a client granted the
 * resource, for a stated purpose; a resource not shared, or not in the directory, to no one.
 * Identity numbers always leave masked: review keeps only masked numbers, so no grant unmasks them.
 */
final class AccessRules {

    private AccessRules() {}

    sealed interface Decision {
        record Answer() implements Decision {}

        record Refusal(String reason) implements Decision {}
    }

    /**
     * @param resourceCode the resource asked about; null when what is asked belongs to none
     * @param entry the directory's entry for it; null when the directory does not list it
     * @param purpose the purpose the client stated ({@code X-Purpose}); null or blank for none
     */
    static Decision decide(String resourceCode, DirectoryEntry entry, SharingGrant grant, String purpose) {
        if (resourceCode == null) {
            return new Decision.Refusal("this kind of certificate is in no resource of the sharing directory");
        }
        if (entry == null) {
            return new Decision.Refusal("resource " + resourceCode + " is not in the sharing directory");
        }
        return switch (entry.sharing()) {
            case NOT_SHARED -> new Decision.Refusal("resource " + resourceCode + " is not shared (不予共享)");
            case CONDITIONAL -> {
                if (!grant.resources().contains(resourceCode)) {
                    yield new Decision.Refusal("resource " + resourceCode
                            + " is shared on condition (有条件共享) and this client is not granted it");
                }
                if (purpose == null || purpose.isBlank()) {
                    yield new Decision.Refusal("resource " + resourceCode
                            + " is shared on condition (有条件共享): state the purpose in the X-Purpose header");
                }
                yield new Decision.Answer();
            }
            case UNCONDITIONAL -> new Decision.Answer();
        };
    }
}
