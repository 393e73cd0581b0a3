package org.headback.article;

/** A file offered as an article was refused; the message says which file and why, for the user to read. */
public final class ArticleRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String reason;

    public ArticleRejectedException(String fileName, String reason) {
        super("Cannot add “" + fileName + "”: " + reason);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    /** Why, without the file's name: "it is not a text file (it contains binary data)." */
    public String reason() {
        return reason;
    }
}
