package org.onewindow.application.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.localstack.Postgres;
import org.onewindow.localstack.SharedInfrastructure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The migration to SM4 on a real database: rows written the old way (AES-256-GCM, v1) before it,
 * readable after it, and stored as SM4 bound to their row and column.
 */
class SealPersonalDataWithSm4Test {

    static final byte[] AES_KEY = "an-aes-256-key-of-thirty-two-by!".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SM4_KEY = "sixteen-bytes-k2".getBytes(StandardCharsets.US_ASCII);

    final String url = SharedInfrastructure.get().database("sm4_migration_test");
    final FieldCipher cipher = new FieldCipher(2, SM4_KEY, Map.of());
    final V5__SealPersonalDataWithSm4 migration = new V5__SealPersonalDataWithSm4(
            cipher, new LegacyAesCipher(Base64.getEncoder().encodeToString(AES_KEY)));
    SingleConnectionDataSource dataSource;
    JdbcClient jdbc;

    Flyway flyway(String target, JavaMigration... java) {
        return Flyway.configure()
                .dataSource(url, Postgres.USER, Postgres.PASSWORD)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .cleanDisabled(false)
                .target(target)
                .javaMigrations(java)
                .load();
    }

    @BeforeEach
    void schemaBeforeSm4() {
        var before = flyway("4");
        before.clean();
        before.migrate();
        dataSource = new SingleConnectionDataSource(url, Postgres.USER, Postgres.PASSWORD, true);
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterEach
    void close() {
        dataSource.destroy();
    }

    /** What the service wrote before SM4: AES-256-GCM, no associated data. */
    static String oldWay(String plain) throws Exception {
        var iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        var aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(AES_KEY, "AES"), new GCMParameterSpec(128, iv));
        var sealed = aes.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return "v1:"
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(12 + sealed.length)
                                .put(iv)
                                .put(sealed)
                                .array());
    }

    UUID insert(String idEnc, String phoneEnc) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into application (id, item_code, item_version, item_name, department, review_departments,
                            channel, status, owner_subject, filed_by, filed_by_role, applicant_type, applicant_name,
                            applicant_id_enc, applicant_phone_enc, created_at, updated_at)
                        values (:id, '11530000MB00000012XK00012000001', 1, '出版物零售单位设立审批', 'publishing',
                            '{publishing}', 'ONLINE', 'SUBMITTED', 's', 's', 'applicant', 'NATURAL_PERSON', '李四',
                            :idEnc, :phoneEnc, now(), now())
                        """)
                .param("id", id)
                .param("idEnc", idEnc)
                .param("phoneEnc", phoneEnc)
                .update();
        return id;
    }

    String stored(UUID id, SealedColumn column) {
        return jdbc.sql("select " + column.column() + " from application where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    @Test
    void rowsWrittenWithAesAreReadableAfterTheMigrationAndNowSm4BoundToTheirRow() throws Exception {
        var liSi = insert(oldWay("530102199003071238"), oldWay("13800138000"));
        var zhangSan = insert(oldWay("530102198805120033"), null);

        flyway("latest", migration).migrate();

        for (var column : new SealedColumn[] {SealedColumn.APPLICANT_ID, SealedColumn.APPLICANT_PHONE}) {
            assertThat(stored(liSi, column)).startsWith("v2:");
        }
        assertThat(cipher.decrypt(stored(liSi, SealedColumn.APPLICANT_ID), SealedColumn.APPLICANT_ID.boundTo(liSi)))
                .isEqualTo("530102199003071238");
        assertThat(cipher.decrypt(
                        stored(liSi, SealedColumn.APPLICANT_PHONE), SealedColumn.APPLICANT_PHONE.boundTo(liSi)))
                .isEqualTo("13800138000");
        assertThat(cipher.decrypt(
                        stored(zhangSan, SealedColumn.APPLICANT_ID), SealedColumn.APPLICANT_ID.boundTo(zhangSan)))
                .isEqualTo("530102198805120033");
        assertThat(stored(zhangSan, SealedColumn.APPLICANT_PHONE)).isNull();

        // a copy of 张三's sealed number in 李四's row is an error, never 张三's number
        var copied = stored(zhangSan, SealedColumn.APPLICANT_ID);
        assertThatThrownBy(() -> cipher.decrypt(copied, SealedColumn.APPLICANT_ID.boundTo(liSi)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(copied, SealedColumn.APPLICANT_PHONE.boundTo(zhangSan)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void runningAgainChangesNothingAndARotationResealsUnderTheNewKey() throws Exception {
        var id = insert(oldWay("530102199003071238"), oldWay("13800138000"));
        flyway("latest", migration).migrate();
        var sealed = stored(id, SealedColumn.APPLICANT_ID);
        try (var connection = DriverManager.getConnection(url, Postgres.USER, Postgres.PASSWORD)) {
            assertThat(migration.reseal(connection)).isZero();
            assertThat(stored(id, SealedColumn.APPLICANT_ID)).isEqualTo(sealed);

            var rotated =
                    new FieldCipher(3, "sixteen-bytes-k3".getBytes(StandardCharsets.US_ASCII), Map.of(2, SM4_KEY));
            var afterRotation = new V5__SealPersonalDataWithSm4(
                    rotated, new LegacyAesCipher(Base64.getEncoder().encodeToString(AES_KEY)));
            assertThat(afterRotation.reseal(connection)).isEqualTo(1);
        }
        assertThat(stored(id, SealedColumn.APPLICANT_ID)).startsWith("v3:");
    }

    @Test
    void manyRowsAreResealedPageByPage() throws Exception {
        for (int i = 0; i < V5__SealPersonalDataWithSm4.PAGE + 7; i++) {
            insert(oldWay("530102199003071238"), null);
        }
        flyway("latest", migration).migrate();
        assertThat(jdbc.sql("select count(*) from application where applicant_id_enc like 'v2:%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(V5__SealPersonalDataWithSm4.PAGE + 7);
    }
}
