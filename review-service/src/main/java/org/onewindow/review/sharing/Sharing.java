package org.onewindow.review.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.platform.codes.CreditCode;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.ProblemException;
import org.onewindow.review.certificate.CertificateStatus;
import org.onewindow.review.certificate.CertificateType;
import org.onewindow.review.certificate.CertificateTypes;
import org.onewindow.review.certificate.Certificates;
import org.onewindow.review.certificate.FaceData;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The sharing API (plan 三(三)): other departments check the bureau's licences and certificates
 * instead of asking citizens for paper. Each resource asked about is decided by AccessRules on
 * the directory as it stands, and logged, answered or refused.
 */
@Service
class Sharing {

    static final int RESOURCE_MAX = AccessLog.RESOURCE_MAX;
    static final int CERTIFICATE_NO_MAX = AccessLog.SUBJECT_MAX;

    private final Certificates certificates;
    private final CertificateTypes types;
    private final SharingDirectory directory;
    private final AccessLog log;

    Sharing(Certificates certificates, CertificateTypes types, SharingDirectory directory, AccessLog log) {
        this.certificates = certificates;
        this.types = types;
        this.directory = directory;
        this.log = log;
    }

    record Licence(
            String type,
            String typeName,
            String resource,
            String number,
            LocalDate issuedOn,
            LocalDate validUntil,
            CertificateStatus status) {}

    record Withheld(String resource, String reason) {}

    /** A unit's valid licences from each resource the client may read; the others named as withheld. */
    record Licences(String creditCode, List<Licence> licences, List<Withheld> withheld) {}

    record FaceDatum(String field, String label, String value) {}

    record SharedCertificate(
            String certificateNo,
            String type,
            String typeName,
            String resource,
            CertificateStatus status,
            String reason,
            List<FaceDatum> face) {}

    /**
     * @param resource only this resource's licences; null: every resource licences are shared as
     * @throws ProblemException 403 when the client may read none of the resources asked about
     */
    Licences licences(String creditCode, String resource, String purposeHeader, SharingGrant grant) {
        var problems = new ArrayList<FieldProblem>();
        if (creditCode == null || !CreditCode.isValid(creditCode)) {
            problems.add(new FieldProblem(
                    "creditCode", "invalid", "a unified social credit code of 18 characters (GB 32100-2015)"));
        }
        if (resource != null && resource.length() > RESOURCE_MAX) {
            problems.add(new FieldProblem(
                    "resource", "invalid", "a directory resource code of at most " + RESOURCE_MAX + " characters"));
        }
        var stated = Purpose.parse(purposeHeader, problems);
        if (!problems.isEmpty()) {
            invalid(grant, resource, Purpose.logged(stated, purposeHeader), creditCode, problems);
        }
        var purpose = stated == null ? null : stated.text();
        refuseUngrantedPurpose(grant, resource, stated, creditCode);
        var byResource = new java.util.LinkedHashMap<String, List<CertificateType>>();
        for (var type : types.all()) {
            if (type.resourceCode() != null && (resource == null || resource.equals(type.resourceCode()))) {
                byResource
                        .computeIfAbsent(type.resourceCode(), k -> new ArrayList<>())
                        .add(type);
            }
        }
        if (byResource.isEmpty()) {
            refuse(
                    grant,
                    resource,
                    purpose,
                    creditCode,
                    resource == null
                            ? "no kind of certificate is in a resource of the sharing directory"
                            : "resource " + resource + " holds no licences");
        }
        var entries = directory(grant, resource, purpose, creditCode);
        var readable = new java.util.HashMap<String, CertificateType>();
        var withheld = new ArrayList<Withheld>();
        for (var entry : byResource.entrySet()) {
            var code = entry.getKey();
            var decision = AccessRules.decide(code, entries.get(code), grant, purpose);
            if (decision instanceof AccessRules.Decision.Refusal refusal) {
                withheld.add(new Withheld(code, refusal.reason()));
                write(grant, code, purpose, creditCode, AccessLog.Outcome.REFUSED, refusal.reason());
            } else {
                entry.getValue().forEach(type -> readable.put(type.code(), type));
            }
        }
        if (readable.isEmpty()) {
            throw forbidden(withheld.stream().map(Withheld::reason).toList());
        }
        var licences = certificates.heldBy(creditCode).stream()
                .filter(held -> held.status() == CertificateStatus.VALID && readable.containsKey(held.typeCode()))
                .map(held -> {
                    var type = readable.get(held.typeCode());
                    return new Licence(
                            type.code(),
                            type.name(),
                            type.resourceCode(),
                            held.content().certificateNo(),
                            held.content().issuedOn(),
                            held.content().validUntil(),
                            held.status());
                })
                .toList();
        // logged as answered once the answer stands: a call that fails on the way was answered nothing
        readable.values().stream()
                .map(CertificateType::resourceCode)
                .distinct()
                .forEach(code -> write(grant, code, purpose, creditCode, AccessLog.Outcome.ANSWERED, null));
        return new Licences(creditCode, licences, withheld);
    }

    /** One certificate's face data, if its resource may be read; identity numbers always masked. */
    SharedCertificate certificate(String certificateNo, String purposeHeader, SharingGrant grant) {
        var problems = new ArrayList<FieldProblem>();
        // checked before the lookup: what is no certificate number (an identity number, say) is not asked for
        if (certificateNo.length() > CERTIFICATE_NO_MAX || !Certificates.wellFormed(certificateNo)) {
            problems.add(new FieldProblem(
                    "certificateNo",
                    "invalid",
                    "a certificate number (GB/T 36903-2018 style, its check character right) of at most "
                            + CERTIFICATE_NO_MAX + " characters"));
        }
        var stated = Purpose.parse(purposeHeader, problems);
        if (!problems.isEmpty()) {
            invalid(grant, null, Purpose.logged(stated, purposeHeader), certificateNo, problems);
        }
        var purpose = stated == null ? null : stated.text();
        refuseUngrantedPurpose(grant, null, stated, certificateNo);
        var held = certificates.held(certificateNo).orElse(null);
        if (held == null || held.content() == null) {
            write(grant, null, purpose, certificateNo, AccessLog.Outcome.NOT_FOUND, null);
            throw ProblemException.notFound("no certificate " + certificateNo);
        }
        var type = held.typeCode() == null ? null : types.find(held.typeCode()).orElse(null);
        var resource = type == null ? null : type.resourceCode();
        var decision = AccessRules.decide(
                resource,
                resource == null
                        ? null
                        : directory(grant, resource, purpose, certificateNo).get(resource),
                grant,
                purpose);
        if (decision instanceof AccessRules.Decision.Refusal refusal) {
            refuse(grant, resource, purpose, certificateNo, refusal.reason());
        }
        // review keeps only masked identity numbers; masked again here all the same, as the public view is
        var face = FaceData.masked(held.content().faceData(), held.naturalPerson(), false);
        var answer = new SharedCertificate(
                certificateNo,
                type.code(),
                type.name(),
                resource,
                held.status(),
                held.status().reason(),
                showsItsFace(held.status()) ? face(type, face) : List.of());
        write(grant, resource, purpose, certificateNo, AccessLog.Outcome.ANSWERED, null);
        return answer;
    }

    /** A face is shown only for content a trusted key signed: what fails its signature may be forged. */
    private static boolean showsItsFace(CertificateStatus status) {
        return switch (status) {
            case VALID, EXPIRED, REVOKED -> true;
            case INVALID, UNKNOWN -> false;
        };
    }

    AccessLog.Page accessLog(String client, String resource, int page, int size) {
        return log.read(client, resource, page, size);
    }

    private static List<FaceDatum> face(CertificateType type, Map<String, String> face) {
        if (face == null) {
            return List.of();
        }
        return type.faceItems().stream()
                .map(item -> new FaceDatum(
                        item.field().key(), item.label(), face.get(item.field().key())))
                .toList();
    }

    private void refuse(SharingGrant grant, String resource, String purpose, String subject, String reason) {
        write(grant, resource, purpose, subject, AccessLog.Outcome.REFUSED, reason);
        throw forbidden(List.of(reason));
    }

    /** A purpose stated must be one the grant lists: the first word of the purpose, its code. */
    private void refuseUngrantedPurpose(SharingGrant grant, String resource, Purpose purpose, String subject) {
        if (purpose != null && !purpose.grantedTo(grant)) {
            refuse(
                    grant,
                    resource,
                    purpose.text(),
                    subject,
                    "purpose " + purpose.code() + " is not granted to this client");
        }
    }

    private void invalid(
            SharingGrant grant, String resource, String purpose, String subject, List<FieldProblem> problems) {
        var reason = String.join(
                "; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList());
        write(grant, resource, purpose, subject, AccessLog.Outcome.INVALID, reason);
        throw ProblemException.validation(problems);
    }

    /** The directory as it stands; when it cannot be read, the call is logged as UNAVAILABLE (a 503). */
    private Map<String, DirectoryEntry> directory(SharingGrant grant, String resource, String purpose, String subject) {
        try {
            return directory.entries();
        } catch (ProblemException e) {
            write(
                    grant,
                    resource,
                    purpose,
                    subject,
                    AccessLog.Outcome.UNAVAILABLE,
                    "the sharing directory could not be read");
            throw e;
        }
    }

    private static ProblemException forbidden(List<String> reasons) {
        return new ProblemException(HttpStatus.FORBIDDEN, "sharing-refused", String.join("; ", reasons), List.of());
    }

    private void write(
            SharingGrant grant,
            String resource,
            String purpose,
            String subject,
            AccessLog.Outcome outcome,
            String reason) {
        log.write(grant.client(), resource, purpose, subject, outcome, reason);
    }
}
