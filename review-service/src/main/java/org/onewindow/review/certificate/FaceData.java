package org.onewindow.review.certificate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.onewindow.platform.privacy.Masking;

/**
 * The data on a certificate's face, as its type lists them (照面信息): written into the signed
 * content at issue, and shown masked where the reader may not see a natural person whole.
 */
public final class FaceData {

    private FaceData() {}

    /** The type's fields, in its order, from the certificate's facts. */
    static Map<String, String> of(CertificateType type, CertificateContent facts, String holderCode) {
        var face = new LinkedHashMap<String, String>();
        for (var item : type.faceItems()) {
            face.put(
                    item.field().key(),
                    switch (item.field()) {
                        case CERTIFICATE_NO -> facts.certificateNo();
                        case HOLDER -> facts.holder();
                        case HOLDER_CODE -> holderCode;
                        case ITEM_NAME -> facts.itemName();
                        case ISSUING_BODY -> facts.issuingBody();
                        case ISSUED_ON -> String.valueOf(facts.issuedOn());
                        case VALID_UNTIL -> String.valueOf(facts.validUntil());
                        case DECISION -> facts.decision();
                    });
        }
        return face;
    }

    /**
     * The face with a natural person's identity number masked, and her name too when {@code
     * maskName}; a unit's name and credit code are public. Null stays null (certificates from before
     * types).
     */
    public static Map<String, String> masked(Map<String, String> face, boolean naturalPerson, boolean maskName) {
        if (face == null || !naturalPerson) {
            return face;
        }
        var masked = new LinkedHashMap<>(face);
        masked.computeIfPresent(FaceField.HOLDER_CODE.key(), (k, v) -> Masking.identityNumber(v));
        if (maskName) {
            masked.computeIfPresent(FaceField.HOLDER.key(), (k, v) -> Masking.name(v, true));
        }
        return masked;
    }
}
