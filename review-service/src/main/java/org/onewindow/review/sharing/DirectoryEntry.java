package org.onewindow.review.sharing;

/** A resource of catalog-service's sharing directory, as far as access depends on it. */
record DirectoryEntry(String code, String name, Attribute sharing) {

    /** 无条件共享, 有条件共享, 不予共享. */
    enum Attribute {
        UNCONDITIONAL,
        CONDITIONAL,
        NOT_SHARED
    }
}
