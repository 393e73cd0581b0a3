package org.headback.evidence;

/** A line of the evidence file that does not say what it must, with the file, line and column named. */
public final class EvidenceFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    EvidenceFileException(String file, int line, String message) {
        super(file + ", line " + line + ", " + message);
    }
}
