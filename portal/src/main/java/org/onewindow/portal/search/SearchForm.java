package org.onewindow.portal.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.onewindow.portal.catalog.SearchRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search form and its query string: {@code /search?q=&department=&serviceObject=&page=}.
 * Pages count from 1 in the address bar (what a person reads), from 0 in the API.
 */
record SearchForm(
        @Size(max = 50) String q,
        // the form sends "" for "all": empty is no filter, not an error
        @Pattern(regexp = "[a-z-]{0,30}") String department,
        @Pattern(regexp = "(NATURAL_PERSON|LEGAL_PERSON)?") String serviceObject,
        @Min(1) @Max(10_000) Integer page) {

    static final int PAGE_SIZE = 10;

    SearchRequest toRequest() {
        return new SearchRequest(q, department, serviceObject, pageNumber() - 1, PAGE_SIZE);
    }

    int pageNumber() {
        return page == null ? 1 : page;
    }

    /** The same search on another page (1-based), with only the filters that are set. */
    String pageUrl(int pageNumber) {
        var url = UriComponentsBuilder.fromPath("/search");
        addIfPresent(url, "q", q);
        addIfPresent(url, "department", department);
        addIfPresent(url, "serviceObject", serviceObject);
        if (pageNumber > 1) {
            url.queryParam("page", pageNumber);
        }
        return url.encode().build().toUriString();
    }

    private static void addIfPresent(UriComponentsBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.queryParam(name, value);
        }
    }
}
