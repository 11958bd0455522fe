package org.onewindow.catalog.search;

import java.util.List;

/**
 * What the search index keeps of a published item version; the item feature builds it.
 *
 * @param confidential never found by a public search
 */
public record IndexedItem(
        String code,
        int version,
        String name,
        String type,
        String department,
        List<String> serviceObjects,
        List<String> keywords,
        int onlineDepth,
        int promisedDays,
        boolean confidential) {}
