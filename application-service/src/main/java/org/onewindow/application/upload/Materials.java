package org.onewindow.application.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.onewindow.application.application.Access;
import org.onewindow.application.application.ApplicationSteps;
import org.onewindow.application.application.ApplicationSteps.Step;
import org.onewindow.application.item.ItemVersions;
import org.onewindow.application.material.FileStorage;
import org.onewindow.application.material.MaterialStore;
import org.onewindow.application.material.StoredMaterial;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Uploading one file into one material slot, and reading it back. */
@Service
class Materials {

    private final Access access;
    private final ItemVersions items;
    private final FileStorage storage;
    private final MaterialStore store;
    private final ApplicationSteps steps;
    private final GapMaterials gaps;
    private final Clock clock;

    Materials(
            Access access,
            ItemVersions items,
            FileStorage storage,
            MaterialStore store,
            ApplicationSteps steps,
            GapMaterials gaps,
            Clock clock) {
        this.access = access;
        this.items = items;
        this.storage = storage;
        this.store = store;
        this.steps = steps;
        this.gaps = gaps;
        this.clock = clock;
    }

    @Transactional
    StoredMaterial upload(UUID applicationId, String materialId, MultipartFile file) {
        var caller = Caller.current();
        var application = access.ownedForChange(applicationId, caller);
        // after acceptance with gaps (容缺), exactly the materials the gap names may still come
        boolean owedForGap = application.gapMaterials().contains(materialId);
        if (!application.status().editable() && !owedForGap) {
            throw ProblemException.conflict(
                    application.gapMaterials().isEmpty()
                            ? "materials can change only in a draft or during a supplement; this one is "
                                    + application.status()
                            : "after acceptance only the materials accepted with gaps can be handed in: "
                                    + String.join(", ", application.gapMaterials()));
        }
        var material = items.version(application.itemCode(), application.itemVersion())
                .flatMap(item -> item.material(materialId))
                .orElseThrow(() -> ProblemException.notFound("item version has no material '" + materialId + "'"));
        if (file == null || file.isEmpty()) {
            throw ProblemException.validation(
                    List.of(new FieldProblem("file", "required", "send the file in the part 'file'")));
        }
        var name = FileNames.sanitise(file.getOriginalFilename())
                .orElseThrow(() -> ProblemException.validation(List.of(new FieldProblem(
                        "file", "invalid-file-name", "the file name must be a plain name without folders or '..'"))));
        if (file.getSize() > material.maxSizeKb() * 1024L) {
            throw new ProblemException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "payload-too-large",
                    "this material takes files up to " + material.maxSizeKb() + " KB",
                    List.of());
        }
        var content = bytes(file);
        var sniffed = ContentTypes.sniff(content);
        // a name or a declared header naming another known type than the content is a lie
        var declared = file.getContentType();
        boolean lies = ContentTypes.claimedBy(name)
                        .filter(type -> !type.equals(sniffed))
                        .isPresent()
                || (ContentTypes.isKnown(declared) && !sniffed.equals(declared));
        if (lies) {
            throw new ProblemException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "file-type-mismatch",
                    "the file's content is " + sniffed + ", not what its name or header says",
                    List.of(new FieldProblem("file", "file-type-mismatch", "文件内容与其名称或声明的类型不符")));
        }
        if (!material.acceptedTypes().contains(sniffed)) {
            // refused here, before anything is stored, not only found later by pre-review
            throw new ProblemException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "file-type-not-accepted",
                    "the file's content is " + sniffed + "; this material takes "
                            + String.join(", ", material.acceptedTypes()),
                    List.of(new FieldProblem(
                            "file",
                            "file-type-not-accepted",
                            "材料“" + material.name() + "”可接受的文件类型：" + String.join("、", material.acceptedTypes()))));
        }
        String sha256;
        try {
            sha256 = storage.store(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var now = OffsetDateTime.now(clock);
        var stored = new StoredMaterial(materialId, name, sniffed, content.length, sha256, now);
        store.put(applicationId, stored);
        if (owedForGap && !application.status().editable()) {
            gaps.provided(application, stored, filerRole(caller));
        } else {
            steps.note(application, new Step("MATERIAL_UPLOADED", filerRole(caller), null, now));
        }
        return stored;
    }

    StoredFile download(UUID applicationId, String materialId) {
        var application = access.visible(applicationId, Caller.current());
        var material = store.find(application.id(), materialId)
                .orElseThrow(() -> ProblemException.notFound("no file for material " + materialId));
        try {
            return new StoredFile(material, storage.open(material.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record StoredFile(StoredMaterial material, java.io.InputStream content) {}

    static String filerRole(Caller caller) {
        return caller.roles().stream().findFirst().orElse("unknown");
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
