package org.onewindow.application.material;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which file fills which material slot of an application. */
@Repository
public class MaterialStore {

    private final JdbcClient jdbc;

    MaterialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(UUID applicationId, StoredMaterial material) {
        jdbc.sql("""
                        insert into application_material (application_id, material_id, file_name, content_type,
                                                          size_bytes, sha256, uploaded_at)
                        values (:id, :materialId, :fileName, :contentType, :size, :sha256, :at)
                        on conflict (application_id, material_id) do update set
                            file_name = excluded.file_name, content_type = excluded.content_type,
                            size_bytes = excluded.size_bytes, sha256 = excluded.sha256, uploaded_at = excluded.uploaded_at
                        """)
                .param("id", applicationId)
                .param("materialId", material.materialId())
                .param("fileName", material.fileName())
                .param("contentType", material.contentType())
                .param("size", material.sizeBytes())
                .param("sha256", material.sha256())
                .param("at", material.uploadedAt())
                .update();
    }

    public List<StoredMaterial> of(UUID applicationId) {
        return jdbc.sql("""
                        select material_id, file_name, content_type, size_bytes, sha256, uploaded_at
                        from application_material where application_id = :id order by material_id
                        """)
                .param("id", applicationId)
                .query((rs, n) -> new StoredMaterial(
                        rs.getString("material_id"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("sha256"),
                        rs.getObject("uploaded_at", OffsetDateTime.class)))
                .list();
    }

    public Optional<StoredMaterial> find(UUID applicationId, String materialId) {
        return of(applicationId).stream()
                .filter(m -> m.materialId().equals(materialId))
                .findFirst();
    }
}
