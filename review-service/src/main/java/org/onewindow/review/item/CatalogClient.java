package org.onewindow.review.item;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** catalog-service's public item reads; timeouts and a circuit breaker guard every call. */
@FeignClient(name = "catalog", url = "${onewindow.catalog.uri}")
interface CatalogClient {

    @GetMapping("/api/catalog/items/{code}/versions/{version}")
    CatalogItem version(@PathVariable String code, @PathVariable int version);
}
