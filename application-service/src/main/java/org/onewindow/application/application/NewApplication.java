package org.onewindow.application.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request for a draft: which item, for whom. The channel follows from the caller. Online, a natural
 * person's identity comes from her token ({@link RealName}): she may leave it out.
 */
public record NewApplication(
        @NotBlank @Size(max = 31) String itemCode,
        @NotNull @Valid ApplicantInput applicant) {}
