package org.headback.diary;

/** What an import does with a day that is already in the diary. */
public enum ConflictMode {
    /** Stop, and import nothing. */
    FAIL,
    /** Keep the diary's day; import the others. */
    SKIP,
    /** Take the file's day. */
    REPLACE
}
