package org.onewindow.review.sharing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * catalog-service's sharing directory, read with the sharing client's own token (TokenRelay): the
 * directory answers its readers, and review holds no credentials of its own for it.
 */
@FeignClient(
        name = "catalog",
        contextId = "sharingDirectory",
        url = "${onewindow.catalog.uri}",
        configuration = TokenRelay.class)
interface DirectoryClient {

    /** @param view always {@code sharing} */
    @GetMapping("/api/catalog/resources")
    Directory directory(@RequestParam("view") String view);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Directory(List<Listed> resources) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listed(String code, Resource resource) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Resource(String name, DirectoryEntry.Attribute sharing) {}
}
