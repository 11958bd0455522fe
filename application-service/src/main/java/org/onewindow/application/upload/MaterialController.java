package org.onewindow.application.upload;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.onewindow.application.material.StoredMaterial;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** One file per material slot (multipart), and its download for the owner and staff. */
@RestController
class MaterialController {

    private final Materials materials;

    MaterialController(Materials materials) {
        this.materials = materials;
    }

    @PostMapping(path = "/api/applications/{id}/materials/{materialId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    StoredMaterial upload(
            @PathVariable UUID id,
            @PathVariable String materialId,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        return materials.upload(id, materialId, file);
    }

    @GetMapping("/api/applications/{id}/materials/{materialId}")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable String materialId) {
        var file = materials.download(id, materialId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.material().contentType()))
                .contentLength(file.material().sizeBytes())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(file.material().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(file.content()));
    }
}
