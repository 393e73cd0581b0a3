package org.headback.cli;

import java.util.Iterator;
import org.headback.diary.WarningSign;
import org.headback.diary.WarningSigns;

/**
 * The codes {@code --warning-sign} takes, from the checklist itself, the back-pain list first: for the option's help
 * ({@code ${COMPLETION-CANDIDATES}}) and for shell completion, so that a sign added to the checklist is offered too.
 */
final class WarningSignCodes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return WarningSigns.catalogue().all().stream().map(WarningSign::code).iterator();
    }
}
