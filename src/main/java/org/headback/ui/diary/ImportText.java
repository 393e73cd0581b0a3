package org.headback.ui.diary;

import org.headback.diary.ImportPlan;
import org.headback.diary.ImportPreview;

/** The import preview in words. */
final class ImportText {
    private ImportText() {
    }

    static String describe(String fileName, ImportPreview preview) {
        int total = preview.newDays() + preview.conflicts().size();
        var text = new StringBuilder(fileName).append(": ").append(total).append(total == 1 ? " day" : " days");
        if (preview.first().isPresent()) {
            text.append(" from ").append(preview.first().get()).append(" to ").append(preview.last().orElseThrow());
        }
        text.append(".\n").append(preview.newDays()).append(preview.newDays() == 1 ? " is new" : " are new");
        if (!preview.conflicts().isEmpty()) {
            int conflicts = preview.conflicts().size();
            text.append(", ").append(conflicts).append(conflicts == 1 ? " is" : " are")
                    .append(" already in your diary (first ")
                    .append(preview.firstConflict().map(ImportPlan.DayInFile::describe).orElse("")).append(")");
        }
        text.append('.');
        if (!preview.unknownColumns().isEmpty()) {
            text.append("\nColumns HeadBack does not use, and will ignore: ")
                    .append(String.join(", ", preview.unknownColumns())).append('.');
        }
        return text.toString();
    }
}
