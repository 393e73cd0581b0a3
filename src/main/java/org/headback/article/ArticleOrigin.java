package org.headback.article;

/** Whether an article ships with HeadBack or was added by the user. */
public enum ArticleOrigin {
    SEED,
    USER
}
