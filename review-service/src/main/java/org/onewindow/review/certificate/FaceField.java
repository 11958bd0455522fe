package org.onewindow.review.certificate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * What may stand on a certificate's face (照面信息): the facts review holds of an approved case.
 * A type lists those its certificates show; the form's own fields stay in application-service.
 */
public enum FaceField {
    CERTIFICATE_NO("certificateNo"),
    HOLDER("holder"),
    HOLDER_CODE("holderCode"),
    ITEM_NAME("itemName"),
    ISSUING_BODY("issuingBody"),
    ISSUED_ON("issuedOn"),
    VALID_UNTIL("validUntil"),
    DECISION("decision");

    private final String key;

    FaceField(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    @JsonCreator
    public static FaceField of(String key) {
        return Arrays.stream(values())
                .filter(f -> f.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no face field " + key));
    }

    /** A field that names or identifies a natural person, masked wherever she is one. */
    boolean personal() {
        return this == HOLDER || this == HOLDER_CODE;
    }
}
