package org.onewindow.review.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.onewindow.platform.privacy.Masking;
import org.onewindow.platform.web.ProblemException;
import org.onewindow.review.signing.Sm2Keys;
import org.onewindow.review.signing.TrustedKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues SM2-signed certificates for approved cases and verifies them, stored or presented,
 * against the bureau's trusted keys. The public learns a number's standing; the content takes the
 * verification code printed on the certificate, and even then a natural person's name is masked.
 */
@Service
public class Certificates {

    /** A holder whose name is public; a natural person's is masked (DOMAIN.md, privacy). */
    private static final String LEGAL_PERSON = "LEGAL_PERSON";

    private final JdbcClient jdbc;
    private final Sm2Keys keys;
    private final TrustedKeys trusted;
    private final VerificationCodes codes;
    private final JsonMapper json;
    private final Clock clock;
    private final CertificateTypes types;

    Certificates(
            JdbcClient jdbc,
            Sm2Keys keys,
            TrustedKeys trusted,
            VerificationCodes codes,
            JsonMapper json,
            Clock clock,
            CertificateTypes types) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.trusted = trusted;
        this.codes = codes;
        this.json = json;
        this.clock = clock;
        this.types = types;
    }

    /** The whole certificate, for the staff of its case to print and hand over: content, signature, code. */
    public record IssuedCertificate(
            CertificateContent content, String signature, String algorithm, String verificationCode, boolean revoked) {}

    /**
     * What anyone learns of a certificate: its standing by number alone, and with the verification
     * code its content, a natural person's name masked. Never the signature: the masked content
     * would not verify, and the holder's own copy carries it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicCertificate(
            String certificateNo,
            CertificateStatus status,
            String reason,
            String algorithm,
            CertificateContent content) {}

    public record Verification(
            String certificateNo,
            boolean known,
            boolean signatureValid,
            boolean revoked,
            boolean expired,
            boolean valid,
            String reason) {

        static Verification of(String certificateNo, CertificateStatus status, boolean signed, boolean revoked) {
            return new Verification(
                    certificateNo,
                    status != CertificateStatus.UNKNOWN,
                    signed,
                    revoked,
                    status == CertificateStatus.EXPIRED,
                    status == CertificateStatus.VALID,
                    status.reason());
        }
    }

    /**
     * A certificate as another department may be told of it (sharing): its type, whether its holder
     * is a natural person, its content whole and its standing. The sharing rules decide what of it
     * leaves.
     */
    public record Held(String typeCode, boolean naturalPerson, CertificateContent content, CertificateStatus status) {}

    /** A row as stored; the content exactly as signed. */
    private record Row(
            String certificateNo,
            String content,
            String signature,
            String algorithm,
            String holderType,
            boolean revoked,
            String typeCode) {}

    /**
     * Issues the certificate of an approved case, in the caller's transaction: of the type the
     * item's approval issues, its face as the type lists it. None for an item no registered type
     * names: review issues only certificates of the directory's types.
     *
     * @param holderCode a unit's credit code, or a natural person's identity number masked
     */
    public Optional<CertificateContent> issue(
            String caseNo,
            String itemCode,
            String itemName,
            String holder,
            String holderType,
            String holderCode,
            String decision,
            List<String> reviewedBy) {
        var type = types.issuedBy(itemCode).orElse(null);
        if (type == null) {
            return Optional.empty();
        }
        long sequence = jdbc.sql("select nextval('certificate_sequence')")
                .query(Long.class)
                .single();
        var issuerCode = itemCode.substring(0, 18);
        var today = LocalDate.now(clock);
        var facts = new CertificateContent(
                CertificateNumbers.of(type.code(), issuerCode, sequence, 1),
                caseNo,
                holder,
                itemCode,
                itemName,
                type.issuingBody(),
                issuerCode,
                today,
                today.plusYears(type.validityYears()),
                decision,
                reviewedBy,
                null);
        var content = facts.withFaceData(FaceData.of(type, facts, holderCode));
        var text = json.writeValueAsString(content);
        jdbc.sql("""
                        insert into certificate (certificate_no, case_no, content, signature, algorithm, public_key,
                                                 holder_type, issued_at, type_code, holder_code)
                        values (:no, :caseNo, :content, :signature, :algorithm, :publicKey, :holderType, :at,
                                :typeCode, :holderCode)
                        """)
                .param("no", content.certificateNo())
                .param("caseNo", caseNo)
                .param("content", text)
                .param("signature", keys.sign(text.getBytes(StandardCharsets.UTF_8)))
                .param("algorithm", Sm2Keys.ALGORITHM)
                .param("publicKey", keys.publicKeyHex())
                .param("holderType", holderType)
                .param("at", OffsetDateTime.now(clock))
                .param("typeCode", type.code())
                .param("holderCode", holderCode)
                .update();
        return Optional.of(content);
    }

    /** The certificate of a case, whole, for its staff. */
    public Optional<IssuedCertificate> ofCase(String caseNo) {
        return row("case_no", caseNo)
                .map(r -> new IssuedCertificate(
                        read(r.content()), r.signature(), r.algorithm(), codes.of(r.certificateNo()), r.revoked()));
    }

    /**
     * The public view: 404 for a number never issued; without a code, the standing alone; with the
     * right code, the content too; a wrong code is a 404, as if the pair did not exist.
     */
    public PublicCertificate publicView(String certificateNo, String code) {
        var row = row("certificate_no", certificateNo)
                .orElseThrow(() -> ProblemException.notFound("no certificate " + certificateNo));
        var status = status(row);
        if (code == null) {
            return new PublicCertificate(certificateNo, status, status.reason(), row.algorithm(), null);
        }
        if (!codes.matches(certificateNo, code)) {
            throw ProblemException.notFound("no certificate " + certificateNo + " with this verification code");
        }
        var content = read(row.content());
        // an unknown holder type (certificates issued before it was kept) is masked: the safe side
        boolean naturalPerson = !LEGAL_PERSON.equals(row.holderType());
        var masked = content == null
                ? null
                : content.withHolder(
                        Masking.name(content.holder(), naturalPerson),
                        FaceData.masked(content.faceData(), naturalPerson, true));
        return new PublicCertificate(certificateNo, status, status.reason(), row.algorithm(), masked);
    }

    /** Revokes an issued certificate; verification then says so. */
    public void revoke(String certificateNo, String reason) {
        int updated = jdbc.sql(
                        "update certificate set revoked = true, revoked_reason = :reason where certificate_no = :no and not revoked")
                .param("reason", reason)
                .param("no", certificateNo)
                .update();
        if (updated == 0) {
            throw row("certificate_no", certificateNo).isPresent()
                    ? ProblemException.conflict("certificate " + certificateNo + " is revoked already")
                    : ProblemException.notFound("no certificate " + certificateNo);
        }
    }

    /**
     * A stored certificate: is its content still what a trusted bureau key signed (never the key
     * stored in its own row), not revoked, and within its validity?
     */
    public Verification verify(String certificateNo) {
        var row = row("certificate_no", certificateNo);
        if (row.isEmpty()) {
            return Verification.of(certificateNo, CertificateStatus.UNKNOWN, false, false);
        }
        var r = row.get();
        return Verification.of(certificateNo, status(r), signed(r.content(), r.signature()), r.revoked());
    }

    /** A certificate someone presents: signed by a trusted bureau key, issued here, not revoked, not expired? */
    public Verification verifyPresented(CertificateContent content, String signature) {
        boolean signed = signed(json.writeValueAsString(content), signature);
        var stored = row("certificate_no", content.certificateNo());
        boolean revoked = stored.map(Row::revoked).orElse(false);
        var status = CertificateStatus.of(stored.isPresent(), signed, revoked, content.validUntil(), today());
        return Verification.of(content.certificateNo(), status, signed, revoked);
    }

    private CertificateStatus status(Row r) {
        var content = read(r.content());
        return CertificateStatus.of(
                true,
                signed(r.content(), r.signature()),
                r.revoked(),
                content == null ? null : content.validUntil(),
                today());
    }

    private boolean signed(String content, String signature) {
        return trusted.verify(content.getBytes(StandardCharsets.UTF_8), signature);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Null for content that is no longer a certificate's JSON: its signature fails anyway. */
    private CertificateContent read(String content) {
        try {
            return json.readValue(content, CertificateContent.class);
        } catch (JacksonException e) {
            return null;
        }
    }

    private Optional<Row> row(String column, String value) {
        return rows(column, value).stream().findFirst();
    }

    private List<Row> rows(String column, String value) {
        return jdbc.sql("select certificate_no, content, signature, algorithm, holder_type, revoked, type_code"
                        + " from certificate where " + column + " = :value order by issued_at")
                .param("value", value)
                .query((rs, n) -> new Row(
                        rs.getString("certificate_no"),
                        rs.getString("content"),
                        rs.getString("signature"),
                        rs.getString("algorithm"),
                        rs.getString("holder_type"),
                        rs.getBoolean("revoked"),
                        rs.getString("type_code")))
                .list();
    }

    /** Whether a text is a certificate number as this bureau writes them, its check character right. */
    public static boolean wellFormed(String certificateNo) {
        return certificateNo != null && CertificateNumbers.wellFormed(certificateNo);
    }

    /** A certificate for sharing, whole, with its standing; empty for a number never issued here. */
    public Optional<Held> held(String certificateNo) {
        return row("certificate_no", certificateNo).map(this::held);
    }

    /** Every certificate issued to a holder (a unit's credit code), oldest first, with its standing. */
    public List<Held> heldBy(String holderCode) {
        return rows("holder_code", holderCode).stream().map(this::held).toList();
    }

    private Held held(Row r) {
        return new Held(r.typeCode(), !LEGAL_PERSON.equals(r.holderType()), read(r.content()), status(r));
    }
}
