package org.onewindow.review.certificate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.onewindow.review.signing.Sm2Keys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Issues SM2-signed certificates for approved cases and verifies them, stored or presented. */
@Service
public class Certificates {

    private final JdbcClient jdbc;
    private final Sm2Keys keys;
    private final JsonMapper json;
    private final Clock clock;
    private final String issuingBody;
    private final int validityYears;

    Certificates(
            JdbcClient jdbc,
            Sm2Keys keys,
            JsonMapper json,
            Clock clock,
            @Value("${onewindow.certificates.issuing-body}") String issuingBody,
            @Value("${onewindow.certificates.validity-years:3}") int validityYears) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
        this.issuingBody = issuingBody;
        this.validityYears = validityYears;
    }

    public record StoredCertificate(
            CertificateContent content, String signature, String algorithm, String publicKey, boolean revoked) {}

    public record Verification(
            String certificateNo, boolean known, boolean signatureValid, boolean revoked, boolean valid) {}

    /** Issues the certificate of an approved case, in the caller's transaction. */
    public CertificateContent issue(
            String caseNo, String itemCode, String itemName, String holder, String decision, List<String> reviewedBy) {
        long sequence = jdbc.sql("select nextval('certificate_sequence')")
                .query(Long.class)
                .single();
        var issuerCode = itemCode.substring(0, 18);
        var typeCode = itemCode.substring(18, 28);
        var today = LocalDate.now(clock);
        var content = new CertificateContent(
                CertificateNumbers.of(typeCode, issuerCode, sequence, 1),
                caseNo,
                holder,
                itemCode,
                itemName,
                issuingBody,
                issuerCode,
                today,
                today.plusYears(validityYears),
                decision,
                reviewedBy);
        var text = json.writeValueAsString(content);
        jdbc.sql("""
                        insert into certificate (certificate_no, case_no, content, signature, algorithm, public_key, issued_at)
                        values (:no, :caseNo, :content, :signature, :algorithm, :publicKey, :at)
                        """)
                .param("no", content.certificateNo())
                .param("caseNo", caseNo)
                .param("content", text)
                .param("signature", keys.sign(text.getBytes(StandardCharsets.UTF_8)))
                .param("algorithm", Sm2Keys.ALGORITHM)
                .param("publicKey", keys.publicKeyHex())
                .param("at", OffsetDateTime.now(clock))
                .update();
        return content;
    }

    public Optional<StoredCertificate> find(String certificateNo) {
        return jdbc.sql(
                        "select content, signature, algorithm, public_key, revoked from certificate where certificate_no = :no")
                .param("no", certificateNo)
                .query((rs, n) -> new StoredCertificate(
                        json.readValue(rs.getString("content"), CertificateContent.class),
                        rs.getString("signature"),
                        rs.getString("algorithm"),
                        rs.getString("public_key"),
                        rs.getBoolean("revoked")))
                .optional();
    }

    /** Revokes an issued certificate; verification then says so. */
    public void revoke(String certificateNo, String reason) {
        int updated = jdbc.sql(
                        "update certificate set revoked = true, revoked_reason = :reason where certificate_no = :no and not revoked")
                .param("reason", reason)
                .param("no", certificateNo)
                .update();
        if (updated == 0) {
            throw find(certificateNo).isPresent()
                    ? org.onewindow.platform.web.ProblemException.conflict(
                            "certificate " + certificateNo + " is revoked already")
                    : org.onewindow.platform.web.ProblemException.notFound("no certificate " + certificateNo);
        }
    }

    /** A stored certificate: is its content still what was signed, and is it not revoked? */
    public Verification verify(String certificateNo) {
        var row = jdbc.sql("select content, signature, public_key, revoked from certificate where certificate_no = :no")
                .param("no", certificateNo)
                .query((rs, n) -> new Object[] {
                    rs.getString("content"),
                    rs.getString("signature"),
                    rs.getString("public_key"),
                    rs.getBoolean("revoked")
                })
                .optional();
        if (row.isEmpty()) {
            return new Verification(certificateNo, false, false, false, false);
        }
        var values = row.get();
        boolean signed = Sm2Keys.verify(
                ((String) values[0]).getBytes(StandardCharsets.UTF_8), (String) values[1], (String) values[2]);
        boolean revoked = (Boolean) values[3];
        return new Verification(certificateNo, true, signed, revoked, signed && !revoked);
    }

    /** A certificate someone presents: signed by this bureau's key, and issued and not revoked here? */
    public Verification verifyPresented(CertificateContent content, String signature) {
        boolean signed = Sm2Keys.verify(
                json.writeValueAsString(content).getBytes(StandardCharsets.UTF_8), signature, keys.publicKeyHex());
        var stored = find(content.certificateNo());
        boolean revoked = stored.map(StoredCertificate::revoked).orElse(false);
        return new Verification(
                content.certificateNo(), stored.isPresent(), signed, revoked, signed && stored.isPresent() && !revoked);
    }
}
