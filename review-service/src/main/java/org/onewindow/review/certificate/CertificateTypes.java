package org.onewindow.review.certificate;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The certificate directory in PostgreSQL; a type without its own issuing body names the bureau's. */
@Repository
public class CertificateTypes {

    private static final TypeReference<List<CertificateType.FaceItem>> FACE_ITEMS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final RowMapper<CertificateType> rows;

    CertificateTypes(JdbcClient jdbc, JsonMapper json, @Value("${onewindow.certificates.issuing-body}") String bureau) {
        this.jdbc = jdbc;
        this.rows = (rs, n) -> new CertificateType(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("issuing_body") == null ? bureau : rs.getString("issuing_body"),
                rs.getInt("validity_years"),
                rs.getString("validity_rule"),
                json.readValue(rs.getString("face_items"), FACE_ITEMS),
                List.of((String[]) rs.getArray("item_codes").getArray()),
                rs.getString("resource_code"));
    }

    public List<CertificateType> all() {
        return jdbc.sql("select * from certificate_type order by code")
                .query(rows)
                .list();
    }

    public Optional<CertificateType> find(String code) {
        return jdbc.sql("select * from certificate_type where code = :code")
                .param("code", code)
                .query(rows)
                .optional();
    }

    /** The type an approval of this item (implementation code) issues: by the basic code inside it. */
    Optional<CertificateType> issuedBy(String itemCode) {
        if (itemCode == null || itemCode.length() < 28) {
            return Optional.empty();
        }
        return jdbc.sql("select * from certificate_type where :base = any(item_codes)")
                .param("base", itemCode.substring(18, 28))
                .query(rows)
                .optional();
    }
}
